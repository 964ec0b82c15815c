#include "core/merge/merge_engine.h"

#include "core/gguf/reader.h"
#include "core/gguf/writer.h"
#include "core/util/paths.h"

namespace md::merge {
namespace fs = std::filesystem;

namespace {

std::vector<gguf::KeyValue> withoutSplitKeys(const std::vector<gguf::KeyValue>& metadata) {
  std::vector<gguf::KeyValue> kept;
  for (const auto& kv : metadata)
    if (kv.key.rfind("split.", 0) != 0)
      kept.push_back(kv);
  return kept;
}

Result<MergeLayout> layoutShards(const MergePlan& plan) {
  const auto& first = *plan.files.front().header;
  std::vector<gguf::TensorDescription> tensors;
  for (const auto& file : plan.files)
    for (const auto& tensor : file.header->tensors)
      tensors.push_back({tensor.name, tensor.shape, tensor.type});
  auto header = gguf::layoutGguf(withoutSplitKeys(first.metadata), tensors, {first.version, first.bigEndian});
  if (!header)
    return header.error();
  MergeLayout layout;
  layout.size = header->fileSize;
  layout.segments.push_back(Segment::literal(std::move(header->bytes)));
  for (const auto& file : plan.files) {
    for (const auto& tensor : file.header->tensors) {
      layout.segments.push_back(Segment::fileRange(file.path, file.header->dataOffset + tensor.offset, tensor.size));
      auto padding = gguf::padTo(tensor.size, header->alignment) - tensor.size;
      if (padding > 0)
        layout.segments.push_back(Segment::zeros(padding));
    }
  }
  return layout;
}

Status verifyOutput(const fs::path& written, const fs::path& finalPath, std::uint64_t expectedSize) {
  auto header = gguf::readGguf(written);
  if (!header)
    return makeError(ErrorCode::Internal, Message(MessageId::WrittenNotGguf, {header.error().text}),
                     Location{finalPath, header.error().where.offset, {}, {}});
  if (header->fileSize != expectedSize || !header->complete)
    return makeError(
        ErrorCode::Internal,
        Message(MessageId::WrittenSizeWrong, {MessageArg::number(header->fileSize), MessageArg::number(expectedSize)}),
        atPath(finalPath));
  return {};
}

// "a; b; c" as one message whose parts stay translatable.
Message joinReasons(const std::vector<Message>& reasons) {
  Message joined = reasons.front();
  for (std::size_t k = 1; k < reasons.size(); ++k)
    joined = Message(MessageId::TwoReasons, {joined, reasons[k]});
  return joined;
}

} // namespace

Result<MergeLayout> layoutMerge(const MergePlan& plan, bool legacyConcat) {
  if (!plan.ok()) {
    if (plan.problems.empty())
      return makeError(ErrorCode::Invalid, Message(MessageId::MergeRefused));
    return makeError(ErrorCode::Invalid, Message(MessageId::MergeRefusedBecause, {joinReasons(plan.problems)}));
  }
  switch (plan.mode) {
  case MergeMode::MergeShards: return layoutShards(plan);
  case MergeMode::ModelAndProjector:
    if (!legacyConcat)
      return makeError(ErrorCode::Invalid, Message(MessageId::ProjectorNeedsNoMerge));
    [[fallthrough]];
  case MergeMode::JoinParts: {
    MergeLayout layout;
    for (const auto& file : plan.files) {
      if (plan.mode == MergeMode::ModelAndProjector && file.role == FileRole::Adapter)
        continue; // an adapter is never concatenated; it stays an ADAPTER line
      layout.segments.push_back(Segment::fileRange(file.path, 0, file.size));
      layout.size += file.size;
    }
    return layout;
  }
  case MergeMode::Nothing:
    if (plan.notes.empty())
      return makeError(ErrorCode::Invalid, Message(MessageId::NothingToMerge));
    return makeError(ErrorCode::Invalid, plan.notes.front());
  case MergeMode::Refused: break;
  }
  return makeError(ErrorCode::Invalid, Message(MessageId::MergeRefused));
}

Result<CopyResult> writeStaged(const std::vector<Segment>& segments, const fs::path& output, std::uint64_t expectedSize,
                               const MergeOptions& options, ProgressReporter& progress) {
  auto staged = StagedOutput::create(output, expectedSize, {options.overwrite, options.staging.freeSpace});
  if (!staged)
    return staged.error();
  auto copied = copySegments(segments, staged->file(), progress, options.copy);
  if (!copied)
    return copied.error(); // the StagedOutput's destructor removes the temp file
  progress.beginPhase("verifying", 0);
  if (auto verified = verifyOutput(staged->tempPath(), output, expectedSize); !verified)
    return verified.error();
  if (progress.cancelled())
    return ProgressReporter::cancelledError();
  if (auto committed = staged->commit(); !committed)
    return committed.error();
  progress.finishPhase();
  return copied;
}

Result<fs::path> writeChecksumFile(const fs::path& output, const std::string& sha256) {
  auto path = output;
  path += ".sha256";
  auto line = sha256 + "  " + pathToUtf8(output.filename()) + "\n";
  // A few bytes beside a file just written: skip the free-space margin check.
  auto staged = StagedOutput::create(path, line.size(), {true, [](const fs::path&) { return UINT64_MAX / 2; }});
  if (!staged)
    return staged.error();
  if (auto written = staged->file().write(std::as_bytes(std::span(line.data(), line.size()))); !written)
    return written.error();
  if (auto committed = staged->commit(); !committed)
    return committed.error();
  return path;
}

Result<MergeResult> runMerge(const MergePlan& plan, const fs::path& output, const MergeOptions& options,
                             ProgressReporter& progress) {
  const auto start = std::chrono::steady_clock::now();
  auto layout = layoutMerge(plan, options.legacyConcat);
  if (!layout)
    return layout.error();
  for (const auto& file : plan.files) {
    std::error_code ec;
    if (fs::equivalent(file.path, output, ec))
      return makeError(ErrorCode::Invalid, Message(MessageId::OutputIsAnInput, {pathToUtf8(output)}), atPath(output));
  }
  MergeResult result;
  // What a killed or crashed run left beside the output is nobody's now:
  // removed first, which also frees its space for this one.
  const fs::path folder = output.parent_path().empty() ? fs::path(".") : output.parent_path();
  for (const auto& leftover : io::findLeftoverPartials(folder)) {
    std::error_code ec;
    if (leftover.ownerRunning || !fs::remove(leftover.path, ec))
      continue;
    result.leftoversRemoved.push_back(leftover.path);
    result.leftoverBytes += leftover.size;
    progress.note(
        Message(MessageId::RemovedLeftover, {pathToUtf8(leftover.path.filename()), MessageArg::bytes(leftover.size)}));
  }
  auto copied = writeStaged(layout->segments, output, layout->size, options, progress);
  if (!copied)
    return copied.error();
  result.mode = plan.mode;
  result.output = output;
  result.bytes = copied->bytes;
  result.sha256 = copied->sha256;
  result.method = copied->method;
  if (options.writeChecksumFile && !result.sha256.empty()) {
    auto checksum = writeChecksumFile(output, result.sha256);
    if (!checksum)
      return checksum.error();
    result.checksumFile = *checksum;
  }
  result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return result;
}

} // namespace md::merge
