#pragma once
// Pieces shared by the fake Ollama server's source files.

#include <atomic>
#include <condition_variable>
#include <functional>
#include <map>
#include <mutex>
#include <string>

#include <httplib.h>
#include <nlohmann/json.hpp>

#include "core/ollama/version.h"
#include "tests/support/fake_ollama.h"
#include "tests/support/fake_ollama_store.h"

namespace md::testing {

// Writes one NDJSON line at a time into a chunked response, applying the
// stream faults. write() returns false when the stream must end.
class LineWriter {
public:
  LineWriter(httplib::DataSink& sink, const FakeOllamaFaults& faults, const std::function<bool()>& stopping,
             const std::function<void()>& stall)
      : sink_(sink), faults_(faults), stopping_(stopping), stall_(stall) {}

  bool write(const nlohmann::json& object);
  // An error line: ends the stream.
  void fail(const std::string& message) { write({{"error", message}}); }
  bool dropped() const { return dropped_; }

private:
  bool writeRaw(const std::string& text);

  httplib::DataSink& sink_;
  FakeOllamaFaults faults_;
  std::function<bool()> stopping_;
  std::function<void()> stall_;
  int lines_ = 0;
  bool dropped_ = false;
};

struct FakeOllama::Impl {
  FakeOllamaOptions options;
  ollama::Version version;
  std::filesystem::path temp; // removed at the end
  std::filesystem::path modelsDir;
  std::filesystem::path registryDir;
  std::unique_ptr<FakeStore> store;
  httplib::Server server;

  std::mutex mutex; // guards faults, loaded, stopping
  std::condition_variable wake;
  FakeOllamaFaults faults;
  bool stopping = false;
  std::map<std::string, std::string> loaded; // display name -> expires_at
  std::atomic<int> blobChecks{0};            // HEAD /api/blobs requests

  FakeOllamaFaults currentFaults();
  // Sleeps up to `duration`, or until the server stops.
  void pause(std::chrono::milliseconds duration);
  // Answers with a chunked NDJSON stream produced by `job`.
  void stream(httplib::Response& res, std::function<void(LineWriter&)> job);

  void routeModels();  // tags, show, ps, delete, copy
  void routeBlobs();   // HEAD and POST /api/blobs
  void routeCreate();  // POST /api/create
  void routeStreams(); // pull, chat, generate
};

// {"error": message} with `status`.
void replyError(httplib::Response& res, int status, const std::string& message);
// The JSON body, or an error reply (and nullopt) when it is not an object.
std::optional<nlohmann::json> parseBody(const httplib::Request& req, httplib::Response& res);
// The model name of a request: "model", or "name" as older clients sent.
std::string requestedModel(const nlohmann::json& body);

} // namespace md::testing
