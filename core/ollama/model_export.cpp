// Export: an Ollama model from the store on disk into GGUF files, a
// Modelfile and a README (see model_export.h).

#include "core/ollama/model_export.h"

#include <cerrno>
#include <chrono>
#include <fstream>
#include <iterator>
#include <system_error>

#include "core/gguf/reader.h"
#include "core/gguf/summary.h"
#include "core/io/staged_output.h"
#include "core/ollama/blob_placement.h"
#include "core/ollama/model_export_files.h"
#include "core/ollama/model_export_text.h"
#include "core/stores/ollama_store.h"
#include "core/util/paths.h"
#include "core/util/sha256.h"

namespace md::ollama {
namespace {

namespace fs = std::filesystem;

struct GgufLayer {
  const stores::OllamaLayer* layer = nullptr;
  std::string role; // "model", "projector", "adapter"
  std::string quantization;
  std::string relative;
};

// The blob is there and has the manifest's size.
Status checkBlob(const std::string& model, const stores::OllamaLayer& layer, const fs::path& store) {
  if (layer.blob.empty())
    return makeError(ErrorCode::NotFound,
                     Message(MessageId::ExportBlobMissing, {layer.digest, model, pathToUtf8(store)}),
                     atPath(store / "blobs"));
  std::error_code ec;
  const auto size = fs::file_size(layer.blob, ec);
  if (ec)
    return io::ioError("Cannot read", layer.blob, ec.value());
  if (size != layer.size)
    return makeError(
        ErrorCode::Malformed,
        Message(MessageId::ExportBlobSizeWrong, {layer.digest, MessageArg::bytes(size), MessageArg::bytes(layer.size)}),
        atPath(layer.blob));
  return {};
}

// The quantization of a GGUF blob from its header: general.file_type, else
// the type holding most of the tensor bytes.
Result<std::string> quantizationOf(const stores::OllamaLayer& layer) {
  auto file = gguf::readGguf(layer.blob);
  if (!file)
    return makeError(ErrorCode::Malformed, Message(MessageId::ExportBlobNotGguf, {layer.digest, file.error().text}),
                     atPath(layer.blob));
  const auto summary = gguf::summarize(*file);
  if (!summary.fileType.empty())
    return summary.fileType;
  return summary.typeMix.empty() ? std::string() : summary.typeMix.front().name;
}

// A text layer's content, checked against its digest.
Result<std::string> layerText(const std::string& model, const stores::OllamaLayer& layer, const fs::path& store) {
  if (auto checked = checkBlob(model, layer, store); !checked)
    return checked.error();
  std::ifstream in(layer.blob, std::ios::binary);
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (!in.good() && !in.eof())
    return io::ioError("Cannot read", layer.blob, errno);
  Sha256 hash;
  hash.update(text.data(), text.size());
  const std::string hex = hash.finishHex();
  if ("sha256:" + hex != layer.digest)
    return makeError(ErrorCode::Malformed, Message(MessageId::ExportBlobDamaged, {layer.kind, layer.digest, hex}),
                     atPath(layer.blob));
  return text;
}

std::string stemOf(const std::string& fileName, const std::string& quantization) {
  const std::size_t cut = 5 + (quantization.empty() ? 0 : quantization.size() + 1); // "-Q4_K_M.gguf"
  return fileName.substr(0, fileName.size() - cut);
}

// File names: <base>-<QUANT>.gguf (shards numbered), mmproj-<stem>-<QUANT>.gguf, adapter-<stem>[-n]-<QUANT>.gguf.
// A shard number as llama.cpp writes it: at least five digits (00001).
std::string zeroPadded(std::size_t number) {
  std::string digits = std::to_string(number);
  return digits.size() < 5 ? std::string(5 - digits.size(), '0') + digits : digits;
}

void nameFiles(std::vector<GgufLayer>& files, const std::string& base) {
  std::size_t models = 0;
  for (const auto& file : files)
    models += file.role == "model" ? 1 : 0;
  const std::string first = exportFileName(base, files.front().quantization);
  const std::string stem = stemOf(first, files.front().quantization);
  std::size_t model = 0;
  std::size_t adapter = 0;
  for (auto& file : files) {
    if (file.role == "model" && models > 1) {
      file.relative = stemOf(first, "") + "-" + zeroPadded(++model) + "-of-" + zeroPadded(models) + ".gguf";
    } else if (file.role == "model") {
      file.relative = first;
    } else if (file.role == "projector") {
      file.relative = exportFileName("mmproj-" + stem, file.quantization);
    } else {
      ++adapter;
      file.relative =
          exportFileName("adapter-" + stem + (adapter > 1 ? "-" + std::to_string(adapter) : ""), file.quantization);
    }
  }
}

// The GGUF layers in manifest order (models, then projector, then adapters)
// and the text layers into `text`; other layers get a note.
Result<std::vector<GgufLayer>> planLayers(const ExportOptions& options, const stores::OllamaManifest& manifest,
                                          ExportModelfileInput& text, ProgressReporter& progress) {
  std::vector<GgufLayer> ggufs;
  for (const char* role : {"model", "projector", "adapter"})
    for (const auto& layer : manifest.layers)
      if (layer.kind == role)
        ggufs.push_back({&layer, role, {}, {}});
  if (ggufs.empty() || ggufs.front().role != "model")
    return makeError(ErrorCode::Unsupported, Message(MessageId::ExportNoModelLayer, {options.model}));
  for (auto& file : ggufs) {
    if (auto checked = checkBlob(options.model, *file.layer, options.store); !checked)
      return checked.error();
    auto quantization = quantizationOf(*file.layer);
    if (!quantization)
      return quantization.error();
    file.quantization = *quantization;
  }
  for (const auto& layer : manifest.layers) {
    if (layer.kind == "model" || layer.kind == "projector" || layer.kind == "adapter")
      continue;
    const bool known = layer.kind == "template" || layer.kind == "system" || layer.kind == "params" ||
                       layer.kind == "messages" || layer.kind == "license";
    if (!known) {
      progress.note(Message(MessageId::ExportLayerSkipped, {layer.kind}));
      continue;
    }
    auto content = layerText(options.model, layer, options.store);
    if (!content)
      return content.error();
    if (layer.kind == "template")
      text.templateText = *content;
    else if (layer.kind == "system")
      text.system = *content;
    else if (layer.kind == "params")
      text.paramsJson = *content;
    else if (layer.kind == "messages")
      text.messagesJson = *content;
    else
      text.licenses.push_back(*content);
  }
  return ggufs;
}

// Enough room for full copies when a clone or a link cannot share the blobs' blocks.
Status checkSpace(const ExportOptions& options, const fs::path& folder, std::uint64_t bytes) {
  fs::path existing = folder;
  std::error_code ec;
  while (!existing.empty() && !fs::exists(existing, ec) && existing != existing.parent_path())
    existing = existing.parent_path();
  const bool mayShare = (options.allowClone || options.allowLink) && onSameFilesystem(options.store, existing);
  return mayShare ? Status{} : io::checkFreeSpace(existing, bytes, options.freeSpace);
}

} // namespace

const char* exportLayoutName(ExportLayout layout) {
  return layout == ExportLayout::LmStudio ? "lmstudio" : "plain";
}

std::optional<ExportLayout> exportLayoutFromName(std::string_view name) {
  if (name == "plain")
    return ExportLayout::Plain;
  if (name == "lmstudio")
    return ExportLayout::LmStudio;
  return std::nullopt;
}

fs::path exportFolder(const ExportOptions& options) {
  if (options.layout == ExportLayout::Plain)
    return options.destination;
  const auto names = exportNames(options.model);
  return options.destination / pathFromUtf8(names.publisher) / pathFromUtf8(names.repo);
}

Result<ExportResult> exportModel(const ExportOptions& options, ProgressReporter& progress) {
  const auto started = std::chrono::steady_clock::now();
  auto manifest = stores::readOllamaManifest(options.store, options.model);
  if (!manifest)
    return manifest.error();
  ExportModelfileInput text;
  text.model = options.model;
  auto ggufs = planLayers(options, *manifest, text, progress);
  if (!ggufs)
    return ggufs.error();
  nameFiles(*ggufs, exportNames(options.model).base);

  ExportResult result;
  result.model = options.model;
  result.layout = options.layout;
  result.folder = exportFolder(options);
  std::vector<std::string> names{"Modelfile", "README.md"};
  std::uint64_t bytes = 0;
  for (const auto& file : *ggufs) {
    names.push_back(file.relative);
    bytes += file.layer->size;
    (file.role == "adapter" ? text.adapters : text.fromFiles).push_back(file.relative);
  }
  auto modelfile = exportModelfileText(text);
  if (!modelfile)
    return modelfile.error();
  result.modelfile = *modelfile;
  if (auto space = checkSpace(options, result.folder, bytes); !space)
    return space.error();

  ExportFiles files(result.folder, options);
  if (auto free = files.checkFree(names); !free)
    return free.error();
  if (auto made = files.makeFolder(); !made)
    return made.error();
  std::vector<ExportReadmeFile> readme;
  for (const auto& file : *ggufs) {
    auto added =
        files.addBlob(file.layer->blob, file.layer->digest, file.layer->size, file.relative, file.role, progress);
    if (!added)
      return added.error();
    result.files.push_back(*added);
  }
  auto written = files.addText(result.modelfile, "Modelfile", "modelfile");
  if (!written)
    return written.error();
  result.files.push_back(*written);
  for (const auto& file : result.files)
    readme.push_back({file.relative, file.role, file.size, file.sha256});
  auto readmeFile =
      files.addText(exportReadmeText(options.model, options.store, readme, options.layout == ExportLayout::LmStudio),
                    "README.md", "readme");
  if (!readmeFile)
    return readmeFile.error();
  result.files.push_back(*readmeFile);
  if (progress.cancelled())
    return ProgressReporter::cancelledError();
  if (auto committed = files.commitAll(); !committed)
    return committed.error();
  for (const auto& file : result.files)
    result.bytesWritten += file.bytesWritten;
  result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  progress.note(Message(MessageId::ExportDone, {options.model, pathToUtf8(result.folder)}));
  return result;
}

} // namespace md::ollama
