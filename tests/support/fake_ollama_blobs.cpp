// The fake server's blob endpoints, as Ollama's HeadBlobHandler and
// CreateBlobHandler (server/routes.go) behave: a malformed digest is a 400
// "invalid digest format"; an upload of a blob that exists is answered 200
// without reading the body; otherwise the digest computed from the body
// ("sha256:" + lowercase hex) must equal the one in the URL as a string.
#include <fstream>

#include "core/util/sha256.h"
#include "tests/support/fake_ollama_internal.h"

namespace md::testing {

namespace fs = std::filesystem;

namespace {
constexpr const char* kInvalidDigest = "invalid digest format";
}

void FakeOllama::Impl::routeBlobs() {
  // cpp-httplib answers HEAD through the GET route, without the body.
  server.Get(R"(/api/blobs/(.+))", [this](const httplib::Request& req, httplib::Response& res) {
    const std::string digest = req.matches[1];
    if (req.method == "HEAD")
      ++blobChecks;
    const auto path = store->blobPathAsOllama(digest);
    if (!path)
      return replyError(res, 400, kInvalidDigest);
    if (!fs::exists(*path))
      return replyError(res, 404, "blob \"" + digest + "\" not found");
    res.status = 200;
  });

  server.Post(R"(/api/blobs/(.+))",
              [this](const httplib::Request& req, httplib::Response& res, const httplib::ContentReader& reader) {
                const std::string digest = req.matches[1];
                const auto target = store->blobPathAsOllama(digest);
                if (!target)
                  return replyError(res, 400, kInvalidDigest);
                if (fs::exists(*target)) {
                  res.status = 200; // the body is never read
                  return;
                }
                const fs::path partial = target->string() + "-partial";
                std::ofstream out(partial, std::ios::binary | std::ios::trunc);
                md::Sha256 hasher;
                const bool complete = reader([&](const char* data, std::size_t size) {
                  hasher.update(data, size);
                  out.write(data, std::streamsize(size));
                  return true;
                });
                out.close();
                std::error_code ignored;
                if (!complete) { // the client went away
                  fs::remove(partial, ignored);
                  return;
                }
                const std::string computed = "sha256:" + hasher.finishHex();
                if (computed != digest) {
                  fs::remove(partial, ignored);
                  return replyError(res, 400, "digest mismatch, expected \"" + digest + "\", got \"" + computed + "\"");
                }
                fs::rename(partial, *target, ignored);
                res.status = 201;
              });
}

} // namespace md::testing
