#include "core/net/http_client.h"

#include <curl/curl.h>

#include <memory>
#include <mutex>

namespace md::net {
namespace {

void ensureCurlInitialised() {
  static std::once_flag once;
  std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

struct Transfer {
  const HttpRequest* request = nullptr;
  HttpResponse* response = nullptr;
  bool stoppedByCallback = false;
  bool stalled = false;
  std::chrono::steady_clock::time_point lastActivity = std::chrono::steady_clock::now();
  curl_off_t lastDown = 0;
  curl_off_t lastUp = 0;
};

std::size_t onWrite(char* data, std::size_t size, std::size_t count, void* user) {
  auto* transfer = static_cast<Transfer*>(user);
  const std::size_t bytes = size * count;
  if (transfer->request->onData) {
    if (!transfer->request->onData(std::string_view(data, bytes))) {
      transfer->stoppedByCallback = true;
      return 0; // makes curl fail with CURLE_WRITE_ERROR
    }
  } else {
    transfer->response->body.append(data, bytes);
  }
  return bytes;
}

std::size_t onRead(char* buffer, std::size_t size, std::size_t count, void* user) {
  auto* transfer = static_cast<Transfer*>(user);
  if (transfer->request->cancel && transfer->request->cancel->cancelled())
    return CURL_READFUNC_ABORT;
  return transfer->request->bodyReader(buffer, size * count);
}

int onProgress(void* user, curl_off_t, curl_off_t downloaded, curl_off_t uploadTotal, curl_off_t uploaded) {
  auto* transfer = static_cast<Transfer*>(user);
  const auto now = std::chrono::steady_clock::now();
  if (downloaded != transfer->lastDown || uploaded != transfer->lastUp) {
    transfer->lastDown = downloaded;
    transfer->lastUp = uploaded;
    transfer->lastActivity = now;
  } else if (transfer->request->stallTimeout.count() > 0 &&
             now - transfer->lastActivity > transfer->request->stallTimeout) {
    transfer->stalled = true;
    return 1;
  }
  if (transfer->request->onUpload && uploadTotal > 0)
    transfer->request->onUpload(std::uint64_t(uploaded), std::uint64_t(uploadTotal));
  return (transfer->request->cancel && transfer->request->cancel->cancelled()) ? 1 : 0;
}

// Why a transfer failed: a sentence of ModelDesk's own for the failures a
// user meets (translated in the UI), curl's words for the rest.
MessageArg transportReason(CURLcode code, const char* detail) {
  switch (code) {
  case CURLE_COULDNT_CONNECT: return Message(MessageId::NetNothingAccepted);
  case CURLE_COULDNT_RESOLVE_HOST:
  case CURLE_COULDNT_RESOLVE_PROXY: return Message(MessageId::NetUnknownHost);
  case CURLE_OPERATION_TIMEDOUT: return Message(MessageId::NetTimeRanOut);
  default: return MessageArg(std::string(detail && *detail ? detail : curl_easy_strerror(code)));
  }
}

Error transportError(CURLcode code, const HttpRequest& request, const char* detail) {
  Location where;
  where.url = request.url;
  const MessageArg reason = transportReason(code, detail);
  switch (code) {
  case CURLE_ABORTED_BY_CALLBACK: return makeError(ErrorCode::Cancelled, Message(MessageId::CancelledByUser), where);
  case CURLE_OPERATION_TIMEDOUT:
    return makeError(ErrorCode::Timeout, Message(MessageId::NoAnswerInTime, {request.url, reason}), where);
  case CURLE_COULDNT_CONNECT:
  case CURLE_COULDNT_RESOLVE_HOST:
  case CURLE_COULDNT_RESOLVE_PROXY:
    return makeError(ErrorCode::Network, Message(MessageId::CouldNotConnect, {request.url, reason}), where);
  default: return makeError(ErrorCode::Network, Message(MessageId::RequestFailed, {request.url, reason}), where);
  }
}

} // namespace

Result<HttpResponse> perform(const HttpRequest& request) {
  ensureCurlInitialised();
  std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> curl(curl_easy_init(), curl_easy_cleanup);
  if (!curl)
    return makeError(ErrorCode::Internal, "libcurl could not start a request");

  HttpResponse response;
  Transfer transfer{&request, &response};
  char errorBuffer[CURL_ERROR_SIZE] = {};
  CURL* h = curl.get();

  curl_easy_setopt(h, CURLOPT_URL, request.url.c_str());
  curl_easy_setopt(h, CURLOPT_ERRORBUFFER, errorBuffer);
  curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT_MS, long(request.connectTimeout.count()));
  if (request.totalTimeout.count() > 0)
    curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, long(request.totalTimeout.count()));
  curl_easy_setopt(h, CURLOPT_LOW_SPEED_LIMIT, request.lowSpeedBytes);
  curl_easy_setopt(h, CURLOPT_LOW_SPEED_TIME, request.lowSpeedSeconds);
  curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, onWrite);
  curl_easy_setopt(h, CURLOPT_WRITEDATA, &transfer);
  curl_easy_setopt(h, CURLOPT_XFERINFOFUNCTION, onProgress);
  curl_easy_setopt(h, CURLOPT_XFERINFODATA, &transfer);
  curl_easy_setopt(h, CURLOPT_NOPROGRESS, 0L);
  // Local servers only speak HTTP/1.1; no proxy for loopback addresses.
  curl_easy_setopt(h, CURLOPT_HTTP_VERSION, CURL_HTTP_VERSION_1_1);
  curl_easy_setopt(h, CURLOPT_NOPROXY, "localhost,127.0.0.1,::1");

  if (request.method == "HEAD") {
    curl_easy_setopt(h, CURLOPT_NOBODY, 1L);
  } else if (request.bodyReader) {
    curl_easy_setopt(h, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(h, CURLOPT_READFUNCTION, onRead);
    curl_easy_setopt(h, CURLOPT_READDATA, &transfer);
    curl_easy_setopt(h, CURLOPT_INFILESIZE_LARGE, curl_off_t(request.bodySize));
    curl_easy_setopt(h, CURLOPT_CUSTOMREQUEST, request.method.c_str());
  } else if (request.method != "GET") {
    curl_easy_setopt(h, CURLOPT_CUSTOMREQUEST, request.method.c_str());
    curl_easy_setopt(h, CURLOPT_POSTFIELDS, request.body.c_str());
    curl_easy_setopt(h, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(request.body.size()));
  }

  curl_slist* headerList = nullptr;
  for (const auto& [name, value] : request.headers)
    headerList = curl_slist_append(headerList, (name + ": " + value).c_str());
  if (request.bodyReader) // no "Expect: 100-continue" round trip
    headerList = curl_slist_append(headerList, "Expect:");
  std::unique_ptr<curl_slist, decltype(&curl_slist_free_all)> headers(headerList, curl_slist_free_all);
  if (headerList)
    curl_easy_setopt(h, CURLOPT_HTTPHEADER, headerList);

  const CURLcode code = curl_easy_perform(h);
  if (code != CURLE_OK) {
    if (transfer.stalled)
      return makeError(ErrorCode::Timeout,
                       Message(MessageId::NetStalled,
                               {request.url, MessageArg::number(std::uint64_t(request.stallTimeout.count()))}),
                       Location{{}, {}, {}, request.url});
    if (transfer.stoppedByCallback) {
      if (request.cancel && request.cancel->cancelled())
        return makeError(ErrorCode::Cancelled, Message(MessageId::CancelledByUser), Location{{}, {}, {}, request.url});
      curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &response.status);
      return response; // the caller's onData chose to stop
    }
    return transportError(code, request, errorBuffer);
  }
  curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &response.status);
  char* contentType = nullptr;
  curl_easy_getinfo(h, CURLINFO_CONTENT_TYPE, &contentType);
  if (contentType)
    response.contentType = contentType;
  return response;
}

std::string base64Encode(std::string_view bytes) {
  static constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  out.reserve((bytes.size() + 2) / 3 * 4);
  std::size_t i = 0;
  for (; i + 2 < bytes.size(); i += 3) {
    const unsigned v = (unsigned char)bytes[i] << 16 | (unsigned char)bytes[i + 1] << 8 | (unsigned char)bytes[i + 2];
    out += alphabet[v >> 18 & 63];
    out += alphabet[v >> 12 & 63];
    out += alphabet[v >> 6 & 63];
    out += alphabet[v & 63];
  }
  if (i < bytes.size()) {
    unsigned v = (unsigned char)bytes[i] << 16;
    if (i + 1 < bytes.size())
      v |= (unsigned char)bytes[i + 1] << 8;
    out += alphabet[v >> 18 & 63];
    out += alphabet[v >> 12 & 63];
    out += i + 1 < bytes.size() ? alphabet[v >> 6 & 63] : '=';
    out += '=';
  }
  return out;
}

} // namespace md::net
