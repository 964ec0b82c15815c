#pragma once
// A protocol-faithful stand-in for the Ollama server, on 127.0.0.1 over real
// HTTP (cpp-httplib), with a real on-disk store in Ollama's layout (see
// DESIGN.md §3). Tests start it on a free port; fault switches make it
// misbehave in the ways a real server or network can.

#include <atomic>
#include <chrono>
#include <filesystem>
#include <memory>
#include <string>
#include <thread>

namespace md::ollama {
class Client;
}

namespace md::testing {

struct FakeOllamaOptions {
  std::string version = "0.12.0";
  bool goTemplateEnv = false; // OLLAMA_GO_TEMPLATE set: 0.30+ keeps the Go template
  // The address it listens on (OLLAMA_HOST's host): another loopback address
  // such as 127.0.0.2 stands for a server on another machine.
  std::string bindAddress = "127.0.0.1";
};

// What the server does wrong. Line numbers count the lines of a stream from 1;
// 0 switches a fault off.
struct FakeOllamaFaults {
  std::chrono::milliseconds delay{0}; // before answering any request
  int failStatus = 0;                 // answer every /api call with this status and an error body
  int dropStreamAfter = 0;            // close the connection after this many lines
  int stallStreamAfter = 0;           // stop sending (but keep the connection) after this many lines
  int malformedLineAt = 0;            // send a line that is not JSON instead of this one
  int errorLineAt = 0;                // send {"error": ...} instead of this line and stop
  std::size_t splitLinesInto = 0;     // write each line in pieces of this many bytes
  bool restartBeforeCreate = false;   // as a server restart between upload and create: blobs
                                      // no manifest uses are pruned when /api/create arrives
  std::string failPath = {};          // with failStatus: fail only this path (e.g. "/api/delete")
};

class FakeOllama {
public:
  explicit FakeOllama(FakeOllamaOptions options = {});
  ~FakeOllama();
  FakeOllama(const FakeOllama&) = delete;
  FakeOllama& operator=(const FakeOllama&) = delete;

  // Binds to the bind address on a free port and serves on a background thread.
  bool start();
  void stop();
  // Stops listening, so connections to the port are refused.
  void refuseConnections() { stop(); }

  void setFaults(const FakeOllamaFaults& faults);
  // A folder in the store layout that /api/pull copies from.
  void setRegistryDir(const std::filesystem::path& registry);

  int port() const { return port_; }
  std::string url() const;
  int requestCount() const { return requests_.load(); }
  // HEAD /api/blobs/… requests so far (a store probe asks one).
  int blobCheckCount() const;
  // OLLAMA_MODELS: a fresh temporary folder, removed with the server.
  const std::filesystem::path& modelsDir() const;

private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
  std::thread thread_;
  int port_ = 0;
  std::atomic<int> requests_{0};
};

// A port on 127.0.0.1 that nothing listens on (bound, then closed).
int unusedLoopbackPort();

// An Ollama client for the fake server (or the server at `url`) with short
// timeouts (1 s to connect, 5 s a request), so a test that goes wrong fails
// in seconds. Include core/ollama/client.h to use it.
md::ollama::Client clientOf(const FakeOllama& fake);
md::ollama::Client clientOf(const std::string& url);

} // namespace md::testing
