// The fake server's streamed endpoints: pull (from a local registry folder
// in the store layout, with real progress), chat and generate (a
// deterministic reply that says how many images arrived).
#include <fstream>
#include <regex>
#include <sstream>

#include "tests/support/fake_ollama_internal.h"

namespace md::testing {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

constexpr std::size_t kPullChunk = 256 * 1024;

int countImages(const json& images) {
  static const std::regex base64(R"(^[A-Za-z0-9+/]+={0,2}$)");
  int count = 0;
  if (images.is_array())
    for (const auto& image : images)
      count += image.is_string() && std::regex_match(image.get<std::string>(), base64) ? 1 : 0;
  return count;
}

std::string replyText(const std::string& model, int images) {
  return "Hello from " + model + ". I received " + std::to_string(images) + " image" + (images == 1 ? "" : "s") + ".";
}

// Copies one registry blob into the store, reporting progress as Ollama does.
bool pullLayer(const fs::path& source, const fs::path& target, const std::string& digest, LineWriter& out) {
  const std::string status = "pulling " + digest.substr(7, 12);
  const std::uint64_t total = fs::file_size(source);
  if (fs::exists(target))
    return out.write({{"status", status}, {"digest", digest}, {"total", total}, {"completed", total}});
  const fs::path partial = target.string() + "-partial";
  std::ifstream in(source, std::ios::binary);
  std::ofstream file(partial, std::ios::binary | std::ios::trunc);
  std::vector<char> buffer(kPullChunk);
  std::uint64_t done = 0;
  bool ok = out.write({{"status", status}, {"digest", digest}, {"total", total}, {"completed", 0}});
  while (ok && done < total) {
    in.read(buffer.data(), std::streamsize(buffer.size()));
    file.write(buffer.data(), in.gcount());
    done += std::uint64_t(in.gcount());
    ok = in.gcount() > 0 && out.write({{"status", status}, {"digest", digest}, {"total", total}, {"completed", done}});
  }
  file.close();
  std::error_code ignored;
  if (!ok) {
    fs::remove(partial, ignored);
    return false;
  }
  if ("sha256:" + sha256Hex(readFile(partial)) != digest) {
    fs::remove(partial, ignored);
    out.fail("digest mismatch for " + digest);
    return false;
  }
  fs::rename(partial, target, ignored);
  return true;
}

} // namespace

void FakeOllama::Impl::routeStreams() {
  server.Post("/api/pull", [this](const httplib::Request& req, httplib::Response& res) {
    const auto body = parseBody(req, res);
    if (!body)
      return;
    const auto name = ModelName::parse(requestedModel(*body));
    if (!name)
      return replyError(res, 400, "invalid model name");
    stream(res, [this, name = *name](LineWriter& out) {
      if (!out.write({{"status", "pulling manifest"}}))
        return;
      fs::path registryRoot;
      {
        std::lock_guard lock(mutex);
        registryRoot = registryDir;
      }
      if (registryRoot.empty())
        return out.fail("pull model manifest: file does not exist");
      const FakeStore registry(registryRoot);
      const auto manifest = registry.readManifest(name);
      if (!manifest)
        return out.fail("pull model manifest: file does not exist");
      std::vector<std::string> digests{manifest->value("/config/digest"_json_pointer, "")};
      for (const auto& layer : manifest->value("layers", json::array()))
        digests.push_back(layer.value("digest", ""));
      for (const auto& digest : digests)
        if (!pullLayer(registry.blobPath(digest), store->blobPath(digest), digest, out))
          return;
      if (!out.write({{"status", "verifying sha256 digest"}}) || !out.write({{"status", "writing manifest"}}))
        return;
      {
        std::lock_guard lock(store->mutex());
        store->writeManifest(name, *manifest);
      }
      out.write({{"status", "success"}});
    });
  });

  auto generation = [this](const char* field) {
    return [this, field](const httplib::Request& req, httplib::Response& res) {
      const auto body = parseBody(req, res);
      if (!body)
        return;
      const std::string model = requestedModel(*body);
      const auto name = ModelName::parse(model);
      {
        std::lock_guard lock(store->mutex());
        if (!name || !store->readManifest(*name))
          return replyError(res, 404, "model '" + model + "' not found");
      }
      int images = countImages(body->value("images", json::array()));
      for (const auto& message : body->value("messages", json::array()))
        images += countImages(message.value("images", json::array()));
      {
        std::lock_guard lock(mutex);
        loaded[name->display()] = "2099-01-01T00:00:00Z";
      }
      const std::string chat = field;
      stream(res, [model, images, chat](LineWriter& out) {
        std::istringstream words(replyText(model, images));
        int count = 0;
        std::string word;
        while (words >> word) {
          const std::string piece = (count++ == 0 ? "" : " ") + word;
          json line{{"model", model}, {"created_at", "2026-01-01T00:00:00Z"}, {"done", false}};
          if (chat == "message")
            line["message"] = {{"role", "assistant"}, {"content", piece}};
          else
            line["response"] = piece;
          if (!out.write(line))
            return;
        }
        json last{
            {"model", model},         {"done", true},        {"done_reason", "stop"},   {"total_duration", 2000000},
            {"prompt_eval_count", 5}, {"eval_count", count}, {"eval_duration", 1000000}};
        if (chat == "message")
          last["message"] = {{"role", "assistant"}, {"content", ""}};
        else
          last["response"] = "";
        out.write(last);
      });
    };
  };
  server.Post("/api/chat", generation("message"));
  server.Post("/api/generate", generation("response"));
}

} // namespace md::testing
