// runImport, digestsOf and importFiles (import_flow.h): placing or uploading
// the blobs, create, verify, and the cleanup when any of it fails.
#include <algorithm>
#include <chrono>

#include "core/io/file_hash.h"
#include "core/io/segment_reader.h"
#include "core/ollama/digest.h"
#include "core/ollama/import_flow.h"
#include "core/util/paths.h"

namespace md::ollama {
namespace {

namespace fs = std::filesystem;

bool trustedDigest(const ImportBlob& blob, const ImportOptions& options) {
  return !blob.knownDigest.empty() &&
         (blob.hint == DigestHint::Sidecar || (blob.hint == DigestHint::HuggingFaceCache && options.trustCacheDigest));
}

// The blob's digest by reading it (a join: its parts in order).
Result<std::string> hashBlob(const ImportBlob& blob, const ImportOptions& options, ProgressReporter& progress) {
  if (trustedDigest(blob, options))
    return blob.knownDigest;
  progress.note(Message(MessageId::HashingFile, {blob.name}));
  auto hex = io::sha256OfSegments(blob.segments, progress, blob.name);
  if (!hex)
    return hex.error();
  const std::string digest = digestFromHex(*hex);
  if (blob.hint == DigestHint::HuggingFaceCache && digest != blob.knownDigest)
    return makeError(ErrorCode::Malformed, Message(MessageId::CacheDigestDiffers, {pathToUtf8(blob.source), digest}),
                     atPath(blob.source));
  return digest;
}

// Undoes a model this import created (the name was free before it).
void removeCreatedModel(const Client& client, const std::string& name, bool nameWasTaken,
                        const ProgressReporter& progress) {
  if (nameWasTaken || !client.show(name, false, nullptr))
    return;
  if (client.deleteModel(name, nullptr))
    progress.note(Message(MessageId::RemovedImportedModel, {name}));
}

class ImportRun {
public:
  ImportRun(const Client& client, const ImportPlan& plan, const ImportPreflight& preflight,
            const ImportOptions& options, ProgressReporter& progress)
      : client_(client), plan_(plan), preflight_(preflight), options_(options), progress_(progress) {
    if (preflight.store)
      placer_.emplace(*preflight.store, PlacementOptions{options.trustCacheDigest, options.freeSpace});
  }

  Result<ImportResult> run() {
    const auto start = std::chrono::steady_clock::now();
    result_.name = options_.name;
    result_.server = preflight_.server;
    result_.store = preflight_.store;
    if (placer_)
      removeLeftoverImportTemps(placer_->store(), progress_);
    for (const auto& blob : plan_.blobs) {
      if (progress_.cancelled())
        return fail(ProgressReporter::cancelledError());
      auto sent = placer_ ? placeOne(blob) : uploadOne(blob);
      if (!sent)
        return fail(sent.error());
      result_.blobs.push_back(std::move(*sent));
    }
    if (progress_.cancelled())
      return fail(ProgressReporter::cancelledError());
    if (auto created = client_.create(createRequest(), progress_); !created) {
      removeCreatedModel(client_, options_.name, preflight_.nameTaken, progress_);
      return fail(created.error());
    }
    if (auto verified = verify(); !verified) {
      removeCreatedModel(client_, options_.name, preflight_.nameTaken, progress_);
      return fail(verified.error());
    }
    if (placer_)
      placer_->keep(&progress_);
    finish();
    result_.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return std::move(result_);
  }

private:
  Error fail(Error error) {
    if (placer_)
      placer_->removePlaced(&progress_);
    return error;
  }

  Result<ImportedBlob> placeOne(const ImportBlob& blob) {
    ImportedBlob out{blob.name, blob.role, {}, blob.size, {}, 0, blob.source};
    if (trustedDigest(blob, options_)) { // known: the server may have it already
      auto present = client_.hasBlob(blob.knownDigest, progress_.cancelToken());
      if (!present)
        return present.error();
      if (*present) {
        progress_.note(Message(MessageId::FileAlreadyOnServer, {blob.name, blob.knownDigest.substr(0, 19)}));
        out.digest = blob.knownDigest;
        out.placement = "existing";
        return out;
      }
    }
    auto placed = placer_->place(blob, preflight_.placement, progress_);
    if (!placed)
      return placed.error();
    out.digest = placed->digest;
    out.path = placed->path;
    out.placement = placed->alreadyInStore ? "existing" : placementName(placed->method);
    out.bytesWritten = placed->bytesWritten;
    result_.hardLinked = result_.hardLinked || (!placed->alreadyInStore && placed->method == Placement::Link);
    return out;
  }

  Result<ImportedBlob> uploadOne(const ImportBlob& blob) {
    ImportedBlob out{blob.name, blob.role, {}, blob.size, "upload", 0, blob.source};
    auto digest = hashBlob(blob, options_, progress_);
    if (!digest)
      return digest.error();
    out.digest = *digest;
    auto present = client_.hasBlob(out.digest, progress_.cancelToken());
    if (!present)
      return present.error();
    if (*present) {
      progress_.note(Message(MessageId::FileAlreadyOnServer, {blob.name, out.digest.substr(0, 19)}));
      out.placement = "existing";
      return out;
    }
    progress_.note(Message(MessageId::UploadingFileWith, {blob.name, MessageArg::bytes(blob.size)}));
    if (auto sent = client_.uploadSegments(blob.segments, out.digest, progress_, blob.name); !sent)
      return sent.error();
    out.bytesWritten = blob.size;
    result_.bytesUploaded += blob.size;
    return out;
  }

  CreateRequest createRequest() const {
    CreateRequest request;
    request.model = options_.name;
    for (std::size_t i = 0; i < plan_.blobs.size(); ++i) {
      const auto& blob = plan_.blobs[i];
      const auto& sent = result_.blobs[i];
      // Every blob is on the server: create's own HEAD finds it (a placed blob
      // that vanished meanwhile is uploaded from its file).
      const fs::path path = !sent.path.empty() ? sent.path : blob.segments.front().path;
      auto& list = blob.role == BlobRole::Adapter ? request.adapters : request.files;
      list.push_back({path, blob.name, sent.digest});
    }
    request.templateText = plan_.templateText;
    request.stop = plan_.stop;
    request.quantize = options_.quantize;
    return request;
  }

  Status verify() {
    progress_.beginPhase("verifying", 0, options_.name);
    auto shown = client_.show(options_.name, false, progress_.cancelToken());
    if (!shown)
      return shown.error();
    result_.capabilities = shown->capabilities;
    result_.visionMissing = plan_.hasProjector() && !shown->hasCapability("vision");
    if (result_.visionMissing)
      progress_.note(Message(MessageId::Warning, {"the projector was included, but Ollama does not list \"vision\""}));
    if (progress_.cancelled())
      return ProgressReporter::cancelledError();
    progress_.finishPhase();
    return {};
  }

  void finish() {
    const ImportedBlob* largest = nullptr;
    for (const auto& blob : result_.blobs) {
      result_.bytesWritten += blob.bytesWritten;
      if (blob.placement != "existing" && (!largest || blob.size > largest->size))
        largest = &blob;
    }
    result_.placement = largest ? largest->placement : std::string("existing");
    std::vector<fs::path> paths;
    for (const auto& blob : result_.blobs)
      paths.push_back(blob.path);
    result_.modelfile = modelfileWithPaths(plan_, paths);
  }

  const Client& client_;
  const ImportPlan& plan_;
  const ImportPreflight& preflight_;
  const ImportOptions& options_;
  ProgressReporter& progress_;
  std::optional<BlobPlacer> placer_;
  ImportResult result_;
};

} // namespace

Result<ImportResult> runImport(const Client& client, const ImportPlan& plan, const ImportPreflight& preflight,
                               const ImportOptions& options, ProgressReporter& progress) {
  return ImportRun(client, plan, preflight, options, progress).run();
}

Result<std::vector<std::string>> digestsOf(const ImportPlan& plan, const ImportOptions& options,
                                           ProgressReporter& progress) {
  std::vector<std::string> digests;
  for (const auto& blob : plan.blobs) {
    auto digest = hashBlob(blob, options, progress);
    if (!digest)
      return digest.error();
    digests.push_back(std::move(*digest));
  }
  return digests;
}

Result<ImportResult> importFiles(const Client& client, const std::vector<fs::path>& inputs,
                                 const ImportOptions& options, ProgressReporter& progress) {
  auto server = client.serverVersion(progress.cancelToken());
  if (!server)
    return server.error();
  const auto plan = planImport(inputs, {*server, false});
  auto preflight = preflightImport(client, plan, options, progress);
  if (!preflight)
    return preflight.error();
  return runImport(client, plan, *preflight, options, progress);
}

} // namespace md::ollama
