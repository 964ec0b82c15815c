// The fake server's POST /api/create: JSON files (>= 0.5.5) or Modelfile
// text with @sha256: references (older), GGUF layer classification by
// Ollama's projector rule, version-dependent concatenation and shard rules,
// and template detection (fake_ollama_templates).
#include <algorithm>
#include <fstream>
#include <regex>

#include "core/gguf/types.h"
#include "tests/support/fake_ollama_create_input.h"
#include "tests/support/fake_ollama_internal.h"
#include "tests/support/fake_ollama_quantize.h"
#include "tests/support/fake_ollama_templates.h"
#include "tests/support/gguf_kv_scan.h"

namespace md::testing {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

// Ollama's FileType.String() for general.file_type.
std::string fileTypeName(std::uint64_t fileType) {
  return gguf::fileTypeName(static_cast<std::uint32_t>(fileType));
}

std::string kindOf(const ScannedGguf& gguf) {
  return gguf.isAdapter() ? "adapter" : gguf.isProjector() ? "projector" : "model";
}

class Creator {
public:
  Creator(FakeStore& store, const ollama::Version& version, LineWriter& out)
      : store_(store), version_(version), out_(out) {}

  void run(const CreateInput& input) {
    if (!input.from.empty() && !copyBase(input))
      return;
    if (input.from.empty() && !addFiles(input.files))
      return;
    if (input.from.empty() && !detectTemplate(input))
      return;
    if (!addAdapters(input.adapters))
      return;
    if (!input.quantize.empty() && !quantizeModel(input.quantize))
      return;
    addTextLayers(input);
    for (const auto& layer : layers_)
      if (!out_.write({{"status", "using existing layer " + layer.value("digest", "")}}))
        return;
    json config{{"model_format", "gguf"},
                {"model_family", arch_},
                {"model_families", json::array({arch_})},
                {"model_type", ""},
                {"file_type", fileType_},
                {"architecture", "amd64"},
                {"os", "linux"},
                {"rootfs", {{"type", "layers"}, {"diff_ids", json::array()}}}};
    for (const auto& layer : layers_)
      config["rootfs"]["diff_ids"].push_back(layer["digest"]);
    const std::string configBytes = config.dump();
    const std::string configDigest = "sha256:" + sha256Hex(configBytes);
    if (!store_.hasBlob(configDigest))
      std::ofstream(store_.blobPath(configDigest), std::ios::binary) << configBytes;
    json manifest{{"schemaVersion", 2},
                  {"mediaType", "application/vnd.docker.distribution.manifest.v2+json"},
                  {"config",
                   {{"mediaType", "application/vnd.docker.container.image.v1+json"},
                    {"digest", configDigest},
                    {"size", configBytes.size()}}},
                  {"layers", layers_}};
    if (!out_.write({{"status", "writing manifest"}}))
      return;
    store_.writeManifest(*ModelName::parse(input.model), manifest);
    out_.write({{"status", "success"}});
  }

private:
  bool copyBase(const CreateInput& input) {
    const auto name = ModelName::parse(input.from);
    const auto base = name ? store_.readManifest(*name) : std::nullopt;
    if (!base) {
      out_.fail("model '" + input.from + "' not found");
      return false;
    }
    for (const auto& layer : base->value("layers", json::array()))
      layers_.push_back(layer);
    const auto config =
        json::parse(readFile(store_.blobPath(base->value("/config/digest"_json_pointer, ""))), nullptr, false);
    if (config.is_object()) {
      arch_ = config.value("model_family", "");
      fileType_ = config.value("file_type", "");
    }
    return true;
  }

  // Ollama's ggufLayers: "parsing GGUF" for each file, then it opens the
  // blob; a missing one ends the stream with the open error.
  bool openBlob(const std::string& digest) {
    if (!out_.write({{"status", "parsing GGUF"}}))
      return false;
    if (store_.hasBlob(digest))
      return true;
    out_.fail("open " + store_.blobPathAsOllama(digest).value_or(fs::path(digest)).string() +
              ": no such file or directory");
    return false;
  }

  // createModel's quantize step, on the (first) model layer.
  bool quantizeModel(const std::string& requested) {
    for (auto& layer : layers_)
      if (layerKind(layer) == "model")
        return fakeQuantize({store_, version_, out_}, requested, layer, fileType_);
    return true;
  }

  // After the base model's files (and template detection), as in Ollama.
  bool addAdapters(const std::vector<std::pair<std::string, std::string>>& adapters) {
    if (adapters.size() > 1) {
      out_.fail("only one adapter is currently supported");
      return false;
    }
    for (const auto& [name, digest] : adapters) {
      if (!openBlob(digest))
        return false;
      layers_.push_back(store_.layerFor("adapter", digest));
    }
    return true;
  }

  bool addFiles(const std::vector<std::pair<std::string, std::string>>& files) {
    const bool readAll = version_ < ollama::kProjectorSeparateFile; // old servers read concatenated GGUFs
    std::vector<std::pair<std::string, ScannedGguf>> models;
    for (const auto& [key, digest] : files) {
      if (!openBlob(digest))
        return false;
      const auto scanned = scanGguf(store_.blobPath(digest), readAll);
      if (!scanned.error.empty()) {
        out_.fail("invalid file magic or header in " + key + ": " + scanned.error);
        return false;
      }
      for (const auto& gguf : scanned.files) {
        const std::string kind = kindOf(gguf);
        const std::string layerDigest = scanned.files.size() == 1 ? digest : extract(digest, gguf);
        layers_.push_back(store_.layerFor(kind, layerDigest));
        if (kind == "model")
          models.emplace_back(key, gguf);
      }
    }
    // Model layers come first, as in Ollama's manifests.
    std::stable_partition(layers_.begin(), layers_.end(),
                          [](const json& layer) { return layerKind(layer) == "model"; });
    if (models.empty()) {
      out_.fail("no model file among the files (only projectors or adapters)");
      return false;
    }
    arch_ = models.front().second.architecture();
    const json& chatTemplate = models.front().second.metadata.value("tokenizer.chat_template", json());
    chatTemplate_ = chatTemplate.is_string() ? chatTemplate.get<std::string>() : std::string();
    fileType_ = fileTypeName(models.front().second.count("general.file_type"));
    return models.size() == 1 || checkShards(models);
  }

  // Writes one GGUF of a concatenated blob as a blob of its own.
  std::string extract(const std::string& digest, const ScannedGguf& gguf) {
    std::ifstream in(store_.blobPath(digest), std::ios::binary);
    in.seekg(std::streamoff(gguf.start));
    std::string bytes(gguf.end - gguf.start, '\0');
    in.read(bytes.data(), std::streamsize(bytes.size()));
    bytes.resize(std::size_t(in.gcount()));
    return store_.putLayer("model", bytes)["digest"];
  }

  bool checkShards(const std::vector<std::pair<std::string, ScannedGguf>>& models) {
    if (version_ < ollama::kSplitShardImport || models.front().second.count("split.count") == 0) {
      out_.fail("more than one model file: split GGUF files are not supported, merge them first");
      return false;
    }
    static const std::regex shardName(R"(-(\d{5})-of-(\d{5})\.gguf$)");
    const auto count = models.front().second.count("split.count");
    if (models.size() != count) {
      out_.fail("split model has " + std::to_string(models.size()) + " of " + std::to_string(count) + " shards");
      return false;
    }
    for (std::size_t i = 0; i < models.size(); ++i) {
      std::smatch match;
      const auto& [key, gguf] = models[i];
      if (!std::regex_search(key, match, shardName) || std::stoul(match[1]) != i + 1 || std::stoul(match[2]) != count ||
          gguf.count("split.no") != i || gguf.count("split.count") != count) {
        out_.fail("shard " + key + " does not match its split keys or name");
        return false;
      }
    }
    return true;
  }

  void replaceLayer(const std::string& kind, const std::string& bytes) {
    json kept = json::array();
    for (const auto& layer : layers_)
      if (layerKind(layer) != kind)
        kept.push_back(layer);
    layers_ = std::move(kept);
    layers_.push_back(store_.putLayer(kind, bytes));
  }

  // Ollama's detection: the family's template and stops as layers; a
  // TEMPLATE in the request replaces the template (addTextLayers), the stops stay.
  bool detectTemplate(const CreateInput& input) {
    const auto detected = fakeDetectTemplate(chatTemplate_);
    if (!detected)
      return true;
    layers_.push_back(store_.putLayer("template", detected->goTemplate));
    layers_.push_back(store_.putLayer("params", json{{"stop", detected->stop}}.dump()));
    return input.templateText || out_.write({{"status", "using autodetected template " + detected->family}});
  }

  // Ollama's setParameters: the request's values win (its stop list
  // included); keys it lacks come from the params layers already there
  // (the detected template's stops, or the base model's with "from").
  json mergedParameters(json parameters) const {
    for (const auto& layer : layers_) {
      if (layerKind(layer) != "params")
        continue;
      const auto existing = json::parse(readFile(store_.blobPath(layer.value("digest", ""))), nullptr, false);
      if (existing.is_object())
        for (const auto& [key, value] : existing.items())
          if (!parameters.contains(key))
            parameters[key] = value;
    }
    return parameters;
  }

  void addTextLayers(const CreateInput& input) {
    if (input.templateText)
      replaceLayer("template", *input.templateText);
    if (input.system)
      replaceLayer("system", *input.system);
    if (!input.parameters.empty())
      replaceLayer("params", mergedParameters(input.parameters).dump());
    if (!input.messages.empty())
      replaceLayer("messages", input.messages.dump());
    for (const auto& license : input.license)
      layers_.push_back(store_.putLayer("license", license));
  }

  FakeStore& store_;
  ollama::Version version_;
  LineWriter& out_;
  json layers_ = json::array();
  std::string arch_;
  std::string fileType_;
  std::string chatTemplate_; // of the first model file
};

} // namespace

void FakeOllama::Impl::routeCreate() {
  server.Post("/api/create", [this](const httplib::Request& req, httplib::Response& res) {
    const auto body = parseBody(req, res);
    if (!body)
      return;
    CreateInput input;
    const std::string problem =
        version < ollama::kCreateWithFiles ? readModelfileRequest(*body, input) : readJsonRequest(*body, input);
    if (!problem.empty())
      return replyError(res, 400, problem);
    const bool restarted = currentFaults().restartBeforeCreate;
    stream(res, [this, input, restarted](LineWriter& out) {
      std::lock_guard lock(store->mutex());
      if (restarted)
        store->pruneUnusedBlobs();
      Creator(*store, version, out).run(input);
    });
  });
}

} // namespace md::testing
