#include "tests/support/fake_ollama.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <random>

#include "core/ollama/client.h"
#include "tests/support/fake_ollama_internal.h"

namespace md::testing {

namespace fs = std::filesystem;

bool LineWriter::writeRaw(const std::string& text) {
  const std::size_t piece = faults_.splitLinesInto == 0 ? text.size() : faults_.splitLinesInto;
  for (std::size_t at = 0; at < text.size(); at += piece) {
    if (stopping_() || !sink_.write(text.data() + at, std::min(piece, text.size() - at)))
      return false;
  }
  return true;
}

bool LineWriter::write(const nlohmann::json& object) {
  if (dropped_)
    return false;
  ++lines_;
  if (lines_ == faults_.malformedLineAt)
    return writeRaw("{\"status\": this is not json\n");
  if (lines_ == faults_.errorLineAt) {
    writeRaw(nlohmann::json{{"error", "simulated failure in the middle of the stream"}}.dump() + "\n");
    dropped_ = true; // the real server ends the stream after an error line
    return false;
  }
  if (!writeRaw(object.dump() + "\n"))
    return false;
  if (lines_ == faults_.stallStreamAfter)
    stall_();
  if (lines_ == faults_.dropStreamAfter || object.contains("error")) {
    dropped_ = lines_ == faults_.dropStreamAfter;
    return false;
  }
  return true;
}

FakeOllamaFaults FakeOllama::Impl::currentFaults() {
  std::lock_guard lock(mutex);
  return faults;
}

void FakeOllama::Impl::pause(std::chrono::milliseconds duration) {
  std::unique_lock lock(mutex);
  wake.wait_for(lock, duration, [this] { return stopping; });
}

void FakeOllama::Impl::stream(httplib::Response& res, std::function<void(LineWriter&)> job) {
  const auto active = currentFaults();
  res.set_chunked_content_provider("application/x-ndjson", [this, active, job](std::size_t, httplib::DataSink& sink) {
    LineWriter writer(
        sink, active,
        [this] {
          std::lock_guard lock(mutex);
          return stopping;
        },
        [this] { pause(std::chrono::hours(1)); });
    job(writer);
    if (writer.dropped())
      return false; // closes the connection without the last chunk
    sink.done();
    return true;
  });
}

void replyError(httplib::Response& res, int status, const std::string& message) {
  res.status = status;
  res.set_content(nlohmann::json{{"error", message}}.dump(), "application/json");
}

std::optional<nlohmann::json> parseBody(const httplib::Request& req, httplib::Response& res) {
  auto body = nlohmann::json::parse(req.body, nullptr, false);
  if (body.is_discarded() || !body.is_object()) {
    replyError(res, 400, "invalid request body");
    return std::nullopt;
  }
  return body;
}

std::string requestedModel(const nlohmann::json& body) {
  for (const char* key : {"model", "name"})
    if (body.contains(key) && body[key].is_string() && !body[key].get<std::string>().empty())
      return body[key].get<std::string>();
  return {};
}

FakeOllama::FakeOllama(FakeOllamaOptions options) : impl_(std::make_unique<Impl>()) {
  auto& impl = *impl_;
  impl.options = std::move(options);
  impl.version = ollama::parseVersion(impl.options.version).value_or(ollama::Version{0, 12, 0});
  std::random_device random;
  impl.temp =
      fs::temp_directory_path() / ("fake-ollama-" + std::to_string(::getpid()) + "-" + std::to_string(random()));
  impl.modelsDir = impl.temp / "models";
  impl.store = std::make_unique<FakeStore>(impl.modelsDir);

  auto& server = impl.server;
  server.set_pre_routing_handler([this](const httplib::Request& req, httplib::Response& res) {
    ++requests_;
    const auto faults = impl_->currentFaults();
    if (faults.delay.count() > 0)
      impl_->pause(faults.delay);
    if (faults.failStatus != 0 && req.path.rfind("/api/", 0) == 0 &&
        (faults.failPath.empty() || req.path == faults.failPath)) {
      replyError(res, faults.failStatus, "simulated server failure");
      return httplib::Server::HandlerResponse::Handled;
    }
    return httplib::Server::HandlerResponse::Unhandled;
  });
  server.Get("/api/version", [this](const httplib::Request&, httplib::Response& res) {
    res.set_content(nlohmann::json{{"version", impl_->options.version}}.dump(), "application/json");
  });
  server.Get(
      "/", [](const httplib::Request&, httplib::Response& res) { res.set_content("Ollama is running", "text/plain"); });
  impl.routeModels();
  impl.routeBlobs();
  impl.routeCreate();
  impl.routeStreams();
}

FakeOllama::~FakeOllama() {
  stop();
  std::error_code ignored;
  fs::remove_all(impl_->temp, ignored);
}

int FakeOllama::blobCheckCount() const {
  return impl_->blobChecks.load();
}

const fs::path& FakeOllama::modelsDir() const {
  return impl_->modelsDir;
}

void FakeOllama::setRegistryDir(const fs::path& registry) {
  std::lock_guard lock(impl_->mutex);
  impl_->registryDir = registry;
}

void FakeOllama::setFaults(const FakeOllamaFaults& faults) {
  std::lock_guard lock(impl_->mutex);
  impl_->faults = faults;
}

std::string FakeOllama::url() const {
  return "http://" + impl_->options.bindAddress + ":" + std::to_string(port_);
}

bool FakeOllama::start() {
  {
    std::lock_guard lock(impl_->mutex);
    impl_->stopping = false;
  }
  port_ = impl_->server.bind_to_any_port(impl_->options.bindAddress);
  if (port_ <= 0)
    return false;
  thread_ = std::thread([this] { impl_->server.listen_after_bind(); });
  // stop() only works once the accept loop runs (cpp-httplib 0.11 has no
  // wait_until_ready), so wait for that state.
  while (!impl_->server.is_running())
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  return true;
}

void FakeOllama::stop() {
  {
    std::lock_guard lock(impl_->mutex);
    impl_->stopping = true;
  }
  impl_->wake.notify_all();
  if (thread_.joinable()) {
    impl_->server.stop();
    thread_.join();
  }
}

int unusedLoopbackPort() {
  // Bind without listening, read the port, close: nothing accepts there.
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t length = sizeof address;
  int port = 0;
  if (::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0 &&
      ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) == 0)
    port = ntohs(address.sin_port);
  ::close(fd);
  return port;
}

md::ollama::Client clientOf(const FakeOllama& fake) {
  return clientOf(fake.url());
}

md::ollama::Client clientOf(const std::string& url) {
  using namespace std::chrono_literals;
  return md::ollama::Client(url, {.connectTimeout = 1000ms, .requestTimeout = 5000ms});
}

} // namespace md::testing
