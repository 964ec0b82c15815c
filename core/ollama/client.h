#pragma once
// The Ollama HTTP client. Every call blocks, so run it on a worker thread;
// each has timeouts and takes a CancelToken (or a ProgressReporter, whose
// token it polls). When nothing answers, the error reads "Ollama is not
// running at <url>". HTTP error bodies ({"error": "..."}) become messages.

#include <chrono>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "core/io/segment_copy.h"
#include "core/net/http_client.h"
#include "core/ollama/requests.h"
#include "core/ollama/types.h"
#include "core/ollama/version.h"
#include "core/util/progress.h"
#include "core/util/result.h"

namespace md::ollama {

struct ClientOptions {
  std::chrono::milliseconds connectTimeout{2000};
  std::chrono::milliseconds requestTimeout{10000}; // non-streaming calls
  long streamStallSeconds = 60;                    // low-speed abort for streams and uploads
};

// True for the error a call gives when nothing listens at the server's
// address ("Ollama is not running at …"), as opposed to a broken connection,
// a timeout or an error answer.
bool isNotRunning(const Error& error);

class Client {
public:
  explicit Client(std::string baseUrl, ClientOptions options = {});

  const std::string& baseUrl() const { return baseUrl_; }
  const ClientOptions& options() const { return options_; }

  // GET /api/version -> "0.7.1".
  Result<std::string> version(const CancelToken* cancel = nullptr) const;
  // The version, parsed; an error when the text is not a version.
  Result<Version> serverVersion(const CancelToken* cancel = nullptr) const;
  // GET /api/tags.
  Result<std::vector<ModelSummary>> listModels(const CancelToken* cancel = nullptr) const;
  // POST /api/show; verbose adds the full tokenizer arrays to model_info.
  Result<ShowResult> show(const std::string& model, bool verbose = false, const CancelToken* cancel = nullptr) const;
  // GET /api/ps.
  Result<std::vector<RunningModel>> runningModels(const CancelToken* cancel = nullptr) const;
  // DELETE /api/delete.
  Status deleteModel(const std::string& model, const CancelToken* cancel = nullptr) const;
  // POST /api/copy.
  Status copyModel(const std::string& source, const std::string& destination,
                   const CancelToken* cancel = nullptr) const;

  // POST /api/pull, streamed: the bytes of every layer are summed into one
  // "pulling" phase; each status line is a note (ServerStatus) and the
  // detail, and each layer's bytes are an item keyed by its digest.
  Status pull(const std::string& model, ProgressReporter& progress) const;

  // HEAD /api/blobs/<digest>: whether the server has the blob.
  Result<bool> hasBlob(const std::string& digest, const CancelToken* cancel = nullptr) const;
  // Uploads a file as a blob unless the server has it already. Hashes it
  // first when `knownDigest` is empty (phase "hashing"), then sends it
  // (phase "uploading"), hashing again what it sends so that a file changed
  // meanwhile is caught. Returns the lowercase "sha256:<hex>" digest.
  Result<std::string> uploadBlob(const std::filesystem::path& file, ProgressReporter& progress,
                                 const std::string& knownDigest = {}) const;

  // Sends the stream `segments` make (parts of a file that exists only as its
  // parts) as the blob `digest`, which the caller computed (phase
  // "uploading"); what is sent is hashed again, so a change is caught.
  Status uploadSegments(const std::vector<io::Segment>& segments, const std::string& digest, ProgressReporter& progress,
                        const std::string& detail = {}) const;

  // POST /api/create: checks `quantize` (quantize.h), uploads every file and
  // adapter, then creates, with JSON files on >= 0.5.5 or Modelfile text on
  // older servers. Warnings and the server's status lines are notes; the
  // "quantizing …" lines are phase "quantizing" with their bytes.
  Status create(const CreateRequest& request, ProgressReporter& progress) const;

  // POST /api/chat and /api/generate, streamed.
  Result<GenerationResult> chat(const ChatRequest& request, const TokenSink& onToken = {},
                                const CancelToken* cancel = nullptr) const;
  Result<GenerationResult> generate(const GenerateRequest& request, const TokenSink& onToken = {},
                                    const CancelToken* cancel = nullptr) const;

  // Turns a transport failure into the user-facing message.
  Error describeTransportError(const Error& transport) const;
  // Turns an HTTP error status and body ({"error": "..."}) into an Error.
  Error describeHttpError(const std::string& path, const net::HttpResponse& response) const;

  std::string urlFor(const std::string& path) const { return baseUrl_ + path; }

private:
  Status sendBlob(const std::filesystem::path& file, const std::string& digest, ProgressReporter& progress) const;

  std::string baseUrl_;
  ClientOptions options_;
};

} // namespace md::ollama
