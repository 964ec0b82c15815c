// The fake server's blob endpoints. Like Ollama, it compares the digest it
// computes ("sha256:" + lowercase hex) with the one in the URL as strings.
#include <fstream>

#include "core/ollama/digest.h"
#include "core/util/sha256.h"
#include "tests/support/fake_ollama_internal.h"

namespace md::testing {

namespace fs = std::filesystem;

void FakeOllama::Impl::routeBlobs() {
  // cpp-httplib answers HEAD through the GET route, without the body.
  server.Get(R"(/api/blobs/(.+))", [this](const httplib::Request& req, httplib::Response& res) {
    const std::string digest = req.matches[1];
    res.status = store->hasBlob(digest) ? 200 : 404;
  });

  server.Post(R"(/api/blobs/(.+))",
              [this](const httplib::Request& req, httplib::Response& res, const httplib::ContentReader& reader) {
                const std::string digest = req.matches[1];
                const fs::path target = store->blobPath(digest);
                const bool present = !target.empty() && fs::exists(target);
                const fs::path partial = target.empty() ? fs::path() : fs::path(target.string() + "-partial");
                std::ofstream out;
                if (!present && !partial.empty())
                  out.open(partial, std::ios::binary | std::ios::trunc);
                md::Sha256 hasher;
                const bool complete = reader([&](const char* data, std::size_t size) {
                  hasher.update(data, size);
                  if (out.is_open())
                    out.write(data, std::streamsize(size));
                  return true;
                });
                if (out.is_open())
                  out.close();
                std::error_code ignored;
                if (!complete) { // the client went away
                  if (!partial.empty())
                    fs::remove(partial, ignored);
                  return;
                }
                const std::string computed = "sha256:" + hasher.finishHex();
                if (computed != digest) {
                  if (!partial.empty())
                    fs::remove(partial, ignored);
                  return replyError(res, 400, "digest mismatch, expected \"" + digest + "\", got \"" + computed + "\"");
                }
                if (present) {
                  res.status = 200;
                  return;
                }
                fs::rename(partial, target, ignored);
                res.status = 201;
              });
}

} // namespace md::testing
