#include "core/ollama/copy_to_host.h"
#include "core/util/sha256.h"

#include <system_error>

#include "core/io/atomic_write.h"
#include "core/ollama/create_request.h"
#include "core/ollama/digest.h"
#include "core/ollama/host.h"
#include "core/ollama/model_name.h"
#include "core/stores/ollama_store.h"
#include "core/util/json_text.h"
#include "core/util/paths.h"

namespace md::ollama {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

constexpr std::uintmax_t kMaxTextLayerBytes = 16u << 20;

std::string fiveDigits(std::size_t n) {
  std::string text = std::to_string(n);
  return std::string(text.size() < 5 ? 5 - text.size() : 0, '0') + text;
}

// "qwen2" and "qwen2:latest" are the same model.
std::string withTag(const std::string& name) {
  const auto colon = name.rfind(':');
  return colon != std::string::npos && name.find('/', colon) == std::string::npos ? name : name + ":latest";
}

std::string lowercase(std::string text) {
  for (auto& c : text)
    c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return text;
}

// The /api/tags entry for a model, matched as the server does (case aside).
Result<std::optional<ModelSummary>> listedModel(const Client& client, const std::string& name,
                                                const CancelToken* cancel) {
  auto models = client.listModels(cancel);
  if (!models)
    return models.error();
  const std::string wanted = lowercase(withTag(name));
  for (const auto& model : *models)
    if (lowercase(withTag(model.name.empty() ? model.model : model.name)) == wanted)
      return std::optional<ModelSummary>(model);
  return std::optional<ModelSummary>();
}

// The manifest file's digest, as /api/tags reports it.
Result<std::string> manifestDigest(const fs::path& path) {
  auto bytes = io::readSmallFile(path);
  if (!bytes)
    return bytes.error();
  if (!*bytes)
    return makeError(ErrorCode::NotFound, "The manifest " + pathToUtf8(path) + " is gone", atPath(path));
  md::Sha256 hash;
  hash.update((*bytes)->data(), (*bytes)->size());
  return digestFromHex(hash.finishHex());
}

// The store's manifest must be the one the source server serves: its
// /api/tags digest is the SHA-256 of the manifest file's bytes.
Status checkStoreMatchesServer(const Client& source, const stores::OllamaManifest& manifest, const std::string& name,
                               const fs::path& store, const CancelToken* cancel) {
  auto listed = listedModel(source, name, cancel);
  if (!listed) {
    if (listed.error().code == ErrorCode::Cancelled)
      return listed.error();
    return makeError(
        listed.error().code,
        Message(MessageId::StoreCheckNoAnswer, {name, pathToUtf8(store), source.baseUrl(), listed.error().text}),
        listed.error().where);
  }
  if (!*listed)
    return makeError(
        ErrorCode::NotFound,
        Message(MessageId::StoreModelNotOnServer, {pathToUtf8(store), name, source.baseUrl(), pathToUtf8(store)}),
        atPath(manifest.path));
  auto local = manifestDigest(manifest.path);
  if (!local)
    return local.error();
  std::string served = (*listed)->digest;
  if (served.find(':') == std::string::npos && served.find('-') == std::string::npos)
    served = "sha256:" + served;
  if (normalizeDigest(served) != *local)
    return makeError(
        ErrorCode::Invalid,
        Message(MessageId::StoreModelDiffers, {pathToUtf8(store), name, source.baseUrl(), pathToUtf8(store)}),
        atPath(manifest.path));
  return {};
}

Result<std::string> readTextLayer(const stores::OllamaLayer& layer) {
  std::error_code ec;
  const auto size = fs::file_size(layer.blob, ec);
  auto text = ec || size > kMaxTextLayerBytes ? Result<std::optional<std::string>>(std::nullopt)
                                              : io::readSmallFile(layer.blob);
  if (!text || !*text)
    return makeError(ErrorCode::Io, "Cannot read the " + layer.kind + " layer " + layer.digest, atPath(layer.blob));
  return std::move(**text);
}

std::optional<ParameterValue> parameterValue(const json& value) {
  if (value.is_boolean())
    return value.get<bool>();
  if (value.is_number_integer())
    return value.get<std::int64_t>();
  if (value.is_number_float())
    return value.get<double>();
  if (value.is_string())
    return value.get<std::string>();
  return std::nullopt;
}

// The params layer: {"stop": [..], "temperature": 0.7, …}. A parameter this
// client does not know is left out with a warning, as the target would refuse
// the whole create for it.
Status addParameters(const stores::OllamaLayer& layer, const std::string& text, CreateRequest& request,
                     const ProgressReporter& progress) {
  const auto params = json::parse(text, nullptr, false);
  if (!params.is_object())
    return makeError(ErrorCode::Malformed, "The params layer " + layer.digest + " is not a JSON object",
                     atPath(layer.blob));
  for (const auto& [name, value] : params.items()) {
    if (name == "stop") {
      for (const auto& stop : value.is_array() ? value : json::array({value}))
        if (stop.is_string())
          request.stop.push_back(stop.get<std::string>());
      continue;
    }
    const auto converted = parameterValue(value);
    std::map<std::string, ParameterValue> checked;
    std::vector<std::string> warnings;
    Status valid = converted ? validateParameters({{name, *converted}}, checked, warnings)
                             : Status(makeError(ErrorCode::Invalid, "parameter '" + name + "' has a list value"));
    if (!valid) {
      progress.note(Message(MessageId::WarningNotCopied, {valid.error().text}));
      continue;
    }
    for (const auto& warning : warnings) // a deprecated name: dropped, as create would
      progress.note(Message(MessageId::Warning, {warning}));
    request.parameters.insert(checked.begin(), checked.end());
  }
  return {};
}

Status addMessages(const stores::OllamaLayer& layer, const std::string& text, CreateRequest& request) {
  const auto messages = json::parse(text, nullptr, false);
  if (!messages.is_array())
    return makeError(ErrorCode::Malformed, "The messages layer " + layer.digest + " is not a JSON list",
                     atPath(layer.blob));
  for (const auto& message : messages)
    if (message.is_object())
      request.messages.push_back({stringOr(message, "role"), stringOr(message, "content"), {}});
  return {};
}

// Turns the source manifest into a create request whose files are the
// source's blobs, with their digests known.
Result<CreateRequest> planCopy(const stores::OllamaManifest& manifest, const fs::path& store,
                               const std::string& targetName, const ProgressReporter& progress) {
  CreateRequest request;
  request.model = targetName;
  std::size_t models = 0, shard = 0, projectors = 0, adapters = 0;
  for (const auto& layer : manifest.layers)
    models += layer.kind == "model" ? 1 : 0;
  for (const auto& layer : manifest.layers) {
    if (layer.blob.empty())
      return makeError(
          ErrorCode::NotFound,
          Message(MessageId::LayerMissingFromStore, {layer.kind, manifest.model, layer.digest, pathToUtf8(store)}),
          atPath(store / "blobs" / ("sha256-" + layer.digest.substr(7))));
    if (layer.kind == "model" || layer.kind == "projector" || layer.kind == "adapter") {
      std::string name;
      if (layer.kind == "model")
        name = models == 1 ? "model.gguf" : "model-" + fiveDigits(++shard) + "-of-" + fiveDigits(models) + ".gguf";
      if (layer.kind == "projector")
        name = "projector" + (projectors++ ? "-" + std::to_string(projectors) : std::string()) + ".gguf";
      if (layer.kind == "adapter")
        name = "adapter" + (adapters++ ? "-" + std::to_string(adapters) : std::string()) + ".gguf";
      auto& list = layer.kind == "adapter" ? request.adapters : request.files;
      list.push_back({layer.blob, name, layer.digest});
      continue;
    }
    if (layer.kind != "template" && layer.kind != "system" && layer.kind != "params" && layer.kind != "messages" &&
        layer.kind != "license")
      return makeError(ErrorCode::Unsupported, Message(MessageId::LayerNotCopyable, {manifest.model, layer.kind}),
                       atPath(manifest.path));
    auto text = readTextLayer(layer);
    if (!text)
      return text.error();
    if (layer.kind == "template")
      request.templateText = *text;
    else if (layer.kind == "system")
      request.system = *text;
    else if (layer.kind == "license")
      request.license.push_back(*text);
    else if (auto added = layer.kind == "params" ? addParameters(layer, *text, request, progress)
                                                 : addMessages(layer, *text, request);
             !added)
      return added.error();
  }
  if (request.files.empty())
    return makeError(ErrorCode::Unsupported, Message(MessageId::NoModelLayer, {manifest.model}), atPath(manifest.path));
  return request;
}

// The request's own checks, before any server is asked: a model to copy,
// the store to read it from, a valid target name that is not the source.
Status checkCopyRequest(const Client& source, const Client& target, const CopyToHostOptions& options,
                        const std::string& targetModel) {
  if (options.sourceModel.empty())
    return makeError(ErrorCode::Invalid, "Name the model to copy");
  if (options.sourceStore.empty())
    return makeError(ErrorCode::Invalid, Message(MessageId::CopyNeedsStore, {options.sourceModel, source.baseUrl()}));
  if (const auto check = checkModelName(targetModel); !check.ok())
    return makeError(ErrorCode::Invalid, Message(MessageId::InvalidModelName, {targetModel, check.message()}));
  if (sameOllamaServer(target.baseUrl(), source.baseUrl()) && withTag(targetModel) == withTag(options.sourceModel))
    return makeError(ErrorCode::Invalid, Message(MessageId::AlreadyOnHost, {options.sourceModel, target.baseUrl()}));
  return {};
}

// The source model's manifest in the store, which must be the one the
// source server serves.
Result<stores::OllamaManifest> readSourceManifest(const Client& source, const CopyToHostOptions& options,
                                                  const CancelToken* cancel) {
  auto manifest = stores::readOllamaManifest(options.sourceStore, options.sourceModel);
  if (!manifest) {
    // Say so when the source server has the model: the folder is not its store.
    if (manifest.error().code == ErrorCode::NotFound && source.show(options.sourceModel, false, cancel))
      return makeError(ErrorCode::NotFound,
                       Message(MessageId::StoreHasItButNotServer, {manifest.error().text, source.baseUrl()}),
                       manifest.error().where);
    return manifest.error();
  }
  if (auto matches = checkStoreMatchesServer(source, *manifest, options.sourceModel, options.sourceStore, cancel);
      !matches)
    return matches.error();
  return manifest;
}

// The target decides the create form by its version (a target that is down
// fails here) and must not have the model already unless it is replaced.
Status checkTarget(const Client& target, const CreateRequest& request, bool replaceExisting,
                   const CancelToken* cancel) {
  auto version = target.serverVersion(cancel);
  if (!version)
    return version.error();
  if (auto valid = validateCreateRequest(request, *version); !valid)
    return valid;
  if (replaceExisting)
    return {};
  auto existing = listedModel(target, request.model, cancel);
  if (!existing)
    return existing.error();
  if (!*existing)
    return {};
  Location where;
  where.url = target.baseUrl();
  return makeError(ErrorCode::AlreadyExists, Message(MessageId::ModelExistsOnHost, {request.model, target.baseUrl()}),
                   where);
}

// HEADs every GGUF blob and uploads only the missing ones, summed into one bar.
Status uploadMissingBlobs(const Client& target, const CreateRequest& request, ProgressReporter& progress,
                          CopyToHostResult& result) {
  std::vector<std::pair<const CreateFile*, std::uint64_t>> missing; // and its size
  std::uint64_t total = 0;
  for (const auto* list : {&request.files, &request.adapters}) {
    for (const auto& file : *list) {
      auto present = target.hasBlob(file.digest, progress.cancelToken());
      if (!present)
        return present.error();
      if (*present) {
        ++result.blobsAlreadyThere;
        progress.note(Message(MessageId::BlobAlreadyOnHost, {file.digest, target.baseUrl()}));
        continue;
      }
      std::error_code ec;
      const auto size = fs::file_size(file.path, ec);
      if (ec)
        return makeError(ErrorCode::Io, Message(MessageId::CannotReadBlob, {file.digest, ec.message()}),
                         atPath(file.path));
      missing.emplace_back(&file, size);
      total += size;
    }
  }
  if (missing.empty())
    return {};
  progress.beginPhase("uploading", total, result.targetModel);
  for (const auto& [file, size] : missing) {
    const std::uint64_t base = result.bytesUploaded;
    auto one = progress.nested([&](const Progress& p) {
      if (p.phase == "uploading")
        progress.update(base + p.done);
    });
    progress.note(Message(MessageId::UploadingFileWith, {file->name, file->digest}));
    auto uploaded = target.uploadBlob(file->path, one, file->digest);
    if (!uploaded)
      return uploaded.error();
    ++result.blobsUploaded;
    result.bytesUploaded += size;
  }
  progress.finishPhase();
  return {};
}

} // namespace

Result<CopyToHostResult> copyModelToHost(const Client& source, const Client& target, const CopyToHostOptions& options,
                                         ProgressReporter& progress) {
  CopyToHostResult result;
  result.targetModel = options.targetModel.empty() ? options.sourceModel : options.targetModel;
  if (auto checked = checkCopyRequest(source, target, options, result.targetModel); !checked)
    return checked.error();
  auto manifest = readSourceManifest(source, options, progress.cancelToken());
  if (!manifest)
    return manifest.error();
  auto request = planCopy(*manifest, options.sourceStore, result.targetModel, progress);
  if (!request)
    return request.error();
  if (progress.cancelled())
    return ProgressReporter::cancelledError();
  if (auto ready = checkTarget(target, *request, options.replaceExisting, progress.cancelToken()); !ready)
    return ready.error();
  if (auto uploaded = uploadMissingBlobs(target, *request, progress, result); !uploaded)
    return uploaded.error();
  if (progress.cancelled())
    return ProgressReporter::cancelledError();
  if (auto created = target.create(*request, progress); !created)
    return created.error();
  return result;
}

} // namespace md::ollama
