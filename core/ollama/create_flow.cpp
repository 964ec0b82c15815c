#include "core/ollama/create_flow.h"

#include <system_error>

#include "core/gguf/reader.h"
#include "core/gguf/summary.h"
#include "core/io/file.h"
#include "core/io/file_hash.h"
#include "core/modelfile/text_encoding.h"
#include "core/modelfile/validator.h"
#include "core/ollama/checksum_sidecar.h"
#include "core/ollama/create_request.h"
#include "core/ollama/digest.h"
#include "core/ollama/model_name.h"
#include "core/ollama/modelfile_request.h"
#include "core/ollama/quantize.h"
#include "core/util/paths.h"

namespace md::ollama {
namespace {

namespace fs = std::filesystem;

constexpr std::size_t kTrailingHeaderBytes = 8u << 20; // enough for a projector's header

// Decoded as Ollama decodes it (a UTF-8 or UTF-16 BOM selects the encoding).
Result<std::string> readModelfile(const fs::path& path) {
  auto decoded = modelfile::readModelfileFile(path);
  if (!decoded)
    return decoded.error();
  return std::move(decoded->text);
}

// Syntax and the checks `ollama create` makes; the first error stops the flow.
// With `modelExists`, a FROM model name must exist on the server (unlike
// Ollama, which would try to pull it).
Status checkModelfile(const fs::path& path, const std::string& text, std::vector<std::string>& warnings,
                      std::function<bool(const std::string&)> modelExists = {}) {
  modelfile::CheckOptions options;
  options.modelfileDir = path.parent_path();
  options.modelExists = std::move(modelExists);
  const auto report = modelfile::check(text, options);
  if (const auto* error = report.firstError()) {
    Location where{path, {}, {}, {}};
    if (error->span.line > 0)
      where.line = error->span.line;
    Error invalid = makeError(ErrorCode::Invalid, error->text, where); // the UI shows the coded text and the line once
    invalid.message = error->message;                                  // Ollama's own words for the CLI
    return invalid;
  }
  for (const auto& diagnostic : report.diagnostics)
    if (diagnostic.severity == modelfile::Severity::Warning)
      warnings.push_back("line " + std::to_string(diagnostic.span.line) + ": " + diagnostic.message);
  return {};
}

// True when another GGUF that is a projector starts at `offset`.
bool projectorAt(const fs::path& path, std::uint64_t offset, std::uint64_t fileSize) {
  if (offset + 4 > fileSize)
    return false;
  auto file = io::File::openRead(path);
  if (!file)
    return false;
  std::vector<std::byte> bytes(std::size_t(std::min<std::uint64_t>(fileSize - offset, kTrailingHeaderBytes)));
  auto got = file->readAt(offset, bytes);
  if (!got || *got < 4)
    return false;
  bytes.resize(*got);
  auto parsed = gguf::parseGguf(bytes, fileSize - offset);
  return parsed && gguf::summarize(*parsed).role == gguf::Role::Projector;
}

// The role of a FROM/ADAPTER file by its header; a file that is not a GGUF
// is left for the server to judge ("unknown").
void classify(CreateFlowFile& file) {
  auto header = gguf::readGguf(file.path);
  if (!header) {
    file.role = "unknown";
    return;
  }
  file.role = gguf::roleName(gguf::summarize(*header).role);
  if (header->fileSize > header->expectedFileSize)
    file.concatenatedProjector =
        projectorAt(file.path, header->expectedFileSize, header->fileSize) ||
        (header->dataEnd != header->expectedFileSize && projectorAt(file.path, header->dataEnd, header->fileSize));
}

Status checkCancel(const ProgressReporter& progress) {
  if (progress.cancelled())
    return ProgressReporter::cancelledError();
  return {};
}

Status digestOf(CreateFlowFile& file, ProgressReporter& progress) {
  const auto sidecar = readChecksumSidecar(file.path);
  if (!sidecar.digest.empty()) {
    file.digest = sidecar.digest;
    file.digestSource = DigestSource::Sidecar;
    progress.note(Message(MessageId::UsingSidecarDigest, {file.name, pathToUtf8(sidecar.path.filename())}));
    return {};
  }
  if (!sidecar.ignoredWhy.empty()) {
    file.sidecarIgnoredWhy = sidecar.ignoredWhy;
    progress.note(Message(MessageId::SidecarIgnored, {pathToUtf8(sidecar.path.filename()), sidecar.ignoredWhy}));
  }
  progress.note(Message(MessageId::HashingFile, {file.name}));
  auto hashed = io::sha256OfFile(file.path, progress);
  if (!hashed)
    return hashed.error();
  file.digest = digestFromHex(*hashed);
  file.digestSource = DigestSource::Hashed;
  return {};
}

Status sendFiles(const Client& client, std::vector<CreateFlowFile>& files, ProgressReporter& progress) {
  for (auto& file : files) {
    if (auto stop = checkCancel(progress); !stop)
      return stop;
    auto present = client.hasBlob(file.digest, progress.cancelToken());
    if (!present)
      return present.error();
    file.alreadyOnServer = *present;
    if (file.alreadyOnServer) {
      progress.note(Message(MessageId::FileAlreadyOnServer, {file.name, file.digest.substr(0, 19)}));
      continue;
    }
    std::error_code ec;
    const auto size = fs::file_size(file.path, ec);
    progress.note(ec ? Message(MessageId::UploadingFile, {file.name})
                     : Message(MessageId::UploadingFileWith, {file.name, MessageArg::bytes(size)}));
    auto uploaded = client.uploadBlob(file.path, progress, file.digest);
    if (!uploaded)
      return uploaded.error();
  }
  return {};
}

} // namespace

bool CreateFlowResult::projectorDroppedByServer() const {
  if (server < kProjectorSeparateFile)
    return false;
  for (const auto& file : files)
    if (file.role == "projector")
      return false;
  return projectorFile() != nullptr;
}

const CreateFlowFile* CreateFlowResult::projectorFile() const {
  for (const auto& file : files)
    if (file.role == "projector")
      return &file;
  for (const auto& file : files)
    if (file.concatenatedProjector)
      return &file;
  return nullptr;
}

Result<CreateFlowResult> runCreateFlow(const Client& client, const std::string& modelName, const fs::path& modelfile,
                                       ProgressReporter& progress, const std::string& quantize) {
  if (const auto name = checkModelName(modelName); !name.ok())
    return makeError(ErrorCode::Invalid, Message(MessageId::InvalidModelName, {modelName, name.message()}));
  auto text = readModelfile(modelfile);
  if (!text)
    return text.error();
  CreateFlowResult result;
  result.model = modelName;
  if (auto checked = checkModelfile(modelfile, *text, result.warnings); !checked)
    return checked.error();
  auto request = createRequestFromModelfile(modelName, *text, modelfile.parent_path(), result.warnings);
  if (!request) {
    Error error = request.error();
    error.where.path = modelfile;
    return error;
  }
  auto server = client.serverVersion(progress.cancelToken());
  if (!server)
    return server.error();
  result.server = *server;
  if (auto valid = validateCreateRequest(*request, *server); !valid)
    return valid.error();
  request->quantize = quantize;
  if (auto checked = checkQuantizeRequest(*request, *server); !checked)
    return checked.error();
  result.quantize = request->quantize;
  if (!request->from.empty()) {
    std::vector<std::string> ignored; // reported by the first check
    auto exists = [&](const std::string& name) { return client.show(name, false, progress.cancelToken()).ok(); };
    if (auto checked = checkModelfile(modelfile, *text, ignored, exists); !checked)
      return checked.error();
    if (auto stop = checkCancel(progress); !stop)
      return stop.error();
  }

  for (auto* list : {&request->files, &request->adapters}) {
    for (const auto& each : *list) {
      CreateFlowFile file;
      file.path = each.path;
      file.name = each.name;
      file.adapter = list == &request->adapters;
      classify(file);
      result.files.push_back(std::move(file));
    }
  }
  for (auto& file : result.files) {
    if (auto stop = checkCancel(progress); !stop)
      return stop.error();
    if (auto digest = digestOf(file, progress); !digest)
      return digest.error();
  }
  if (auto sent = sendFiles(client, result.files, progress); !sent)
    return sent.error();

  // Every blob is on the server now; create reuses the digests (its own HEAD
  // finds them, so nothing is hashed or sent twice).
  std::size_t index = 0;
  for (auto* list : {&request->files, &request->adapters})
    for (auto& each : *list)
      each.digest = result.files[index++].digest;
  if (auto stop = checkCancel(progress); !stop)
    return stop.error();
  if (auto created = client.create(*request, progress); !created)
    return created.error();

  if (result.projectorFile() != nullptr) {
    auto shown = client.show(modelName, false, progress.cancelToken());
    if (!shown)
      return shown.error();
    result.capabilities = shown->capabilities;
    result.vision = shown->hasCapability("vision") ? VisionCheck::Vision : VisionCheck::Missing;
  }
  return result;
}

std::string visionWarningText(const CreateFlowResult& result) {
  if (result.vision != VisionCheck::Missing)
    return {};
  const auto* file = result.projectorFile();
  const std::string name = file ? file->name : std::string("the projector");
  if (result.projectorDroppedByServer())
    return "Ollama " + result.server.toString() + " reads only the first GGUF of a file, so the projector " +
           "concatenated into " + name + " was ignored and " + result.model +
           " has no vision. Put the model and the projector on two FROM lines as separate files.";
  return "The projector " + name + " was included, but Ollama does not list \"vision\" among the capabilities of " +
         result.model + ": it will not accept images.";
}

} // namespace md::ollama
