#include "core/merge/split_model.h"

#include <cctype>
#include <cstdlib>

#include "core/gguf/reader.h"
#include "core/gguf/split_names.h"
#include "core/gguf/writer.h"
#include "core/util/paths.h"

namespace md::merge {
namespace fs = std::filesystem;

std::vector<std::vector<std::size_t>> planSplit(const gguf::GgufFile& input, std::uint64_t maxBytes,
                                                std::size_t maxTensors) {
  std::vector<std::vector<std::size_t>> groups(1);
  std::uint64_t bytes = 0;
  for (std::size_t i = 0; i < input.tensors.size(); ++i) {
    auto size = gguf::padTo(input.tensors[i].size, input.alignment);
    bool full = (maxTensors > 0 && groups.back().size() >= maxTensors) || (maxBytes > 0 && bytes + size > maxBytes);
    if (full && !groups.back().empty()) {
      groups.emplace_back();
      bytes = 0;
    }
    groups.back().push_back(i);
    bytes += size;
  }
  return groups;
}

std::optional<std::uint64_t> parseSize(const std::string& text) {
  if (text.empty() || !std::isdigit(static_cast<unsigned char>(text[0])))
    return std::nullopt;
  char* end = nullptr;
  double number = std::strtod(text.c_str(), &end);
  std::string unit(end);
  static const std::pair<const char*, std::uint64_t> kUnits[] = {
      {"", 1}, {"B", 1}, {"K", 1ull << 10}, {"M", 1ull << 20}, {"G", 1ull << 30}, {"T", 1ull << 40}};
  for (const auto& [name, factor] : kUnits)
    if (unit == name || (unit.size() == 3 && unit.substr(1) == "iB" && unit.substr(0, 1) == name))
      return number > 0 ? std::optional<std::uint64_t>(static_cast<std::uint64_t>(number * factor)) : std::nullopt;
  return std::nullopt;
}

namespace {

// split.no and split.count are 16-bit in llama.cpp's gguf-split.
constexpr std::size_t kMaxShards = 65535;

std::vector<gguf::KeyValue> shardMetadata(const gguf::GgufFile& input, std::size_t number, std::size_t count) {
  std::vector<gguf::KeyValue> metadata;
  if (number == 0) {
    for (const auto& kv : input.metadata)
      if (kv.key.rfind("split.", 0) != 0)
        metadata.push_back(kv);
  } else if (const auto* alignment = input.find("general.alignment")) {
    metadata.push_back({"general.alignment", *alignment, 0});
  }
  using gguf::Value;
  using gguf::ValueType;
  metadata.push_back({"split.no", Value::unsignedInt(ValueType::Uint16, number), 0});
  metadata.push_back({"split.count", Value::unsignedInt(ValueType::Uint16, count), 0});
  metadata.push_back(
      {"split.tensors.count", Value::signedInt(ValueType::Int32, static_cast<std::int64_t>(input.tensors.size())), 0});
  return metadata;
}

Result<MergeLayout> layoutShard(const gguf::GgufFile& input, const std::vector<std::size_t>& group, std::size_t number,
                                std::size_t count) {
  std::vector<gguf::TensorDescription> tensors;
  for (auto index : group)
    tensors.push_back({input.tensors[index].name, input.tensors[index].shape, input.tensors[index].type});
  auto header = gguf::layoutGguf(shardMetadata(input, number, count), tensors, {input.version, input.bigEndian});
  if (!header)
    return header.error();
  MergeLayout layout;
  layout.size = header->fileSize;
  layout.segments.push_back(Segment::literal(std::move(header->bytes)));
  for (auto index : group) {
    const auto& tensor = input.tensors[index];
    layout.segments.push_back(Segment::fileRange(input.path, input.dataOffset + tensor.offset, tensor.size));
    if (auto padding = gguf::padTo(tensor.size, header->alignment) - tensor.size; padding > 0)
      layout.segments.push_back(Segment::zeros(padding));
  }
  return layout;
}

} // namespace

Result<SplitResult> splitModel(const fs::path& input, const fs::path& outputPrefix, const SplitOptions& options,
                               ProgressReporter& progress) {
  const auto start = std::chrono::steady_clock::now();
  auto header = gguf::readGguf(input);
  if (!header)
    return header.error();
  if (!header->complete)
    return makeError(ErrorCode::Invalid, Message(MessageId::Incomplete, {pathToUtf8(input.filename()),
                                                                         MessageArg::bytes(header->missingBytes)}));
  if (header->getUnsigned("split.count").value_or(0) > 1)
    return makeError(ErrorCode::Invalid, Message(MessageId::AlreadyAShard, {pathToUtf8(input.filename())}));
  if (options.maxBytes == 0 && options.maxTensors == 0)
    return makeError(ErrorCode::Invalid, Message(MessageId::SplitNeedsLimit));
  auto groups = planSplit(*header, options.maxBytes, options.maxTensors);
  if (groups.size() == 1)
    return makeError(ErrorCode::Invalid, Message(MessageId::NothingToSplit, {pathToUtf8(input.filename())}));
  if (groups.size() > kMaxShards)
    return makeError(ErrorCode::Invalid, Message(MessageId::TooManyShards, {MessageArg::number(kMaxShards)}));

  std::vector<MergeLayout> layouts;
  std::uint64_t total = 0;
  std::vector<fs::path> paths;
  for (std::size_t k = 0; k < groups.size(); ++k) {
    auto layout = layoutShard(*header, groups[k], k, groups.size());
    if (!layout)
      return layout.error();
    total += layout->size;
    layouts.push_back(std::move(*layout));
    auto name = gguf::shardFileName(pathToUtf8(outputPrefix.filename()), static_cast<int>(k + 1),
                                    static_cast<int>(groups.size()));
    paths.push_back(outputPrefix.parent_path() / pathFromUtf8(name));
  }
  if (auto space = checkFreeSpace(outputPrefix.parent_path(), total, options.output.staging.freeSpace); !space)
    return space.error();

  // Stage every shard first; rename them only when all are written.
  std::vector<StagedOutput> staged;
  SplitResult result;
  for (std::size_t k = 0; k < layouts.size(); ++k) {
    auto output =
        StagedOutput::create(paths[k], layouts[k].size, {options.output.overwrite, options.output.staging.freeSpace});
    if (!output)
      return output.error();
    progress.setDetail(pathToUtf8(paths[k].filename()));
    auto copied = copySegments(layouts[k].segments, output->file(), progress, options.output.copy);
    if (!copied)
      return copied.error();
    if (auto synced = output->file().sync(); !synced)
      return synced.error();
    auto check = gguf::readGguf(output->tempPath());
    if (!check || !check->complete || check->fileSize != layouts[k].size)
      return makeError(ErrorCode::Internal, Message(MessageId::ShardDoesNotReadBack, {pathToUtf8(paths[k].filename())}),
                       atPath(paths[k]));
    result.sha256.push_back(copied->sha256);
    result.bytes += copied->bytes;
    staged.push_back(std::move(*output));
  }
  for (std::size_t k = 0; k < staged.size(); ++k) {
    if (auto committed = staged[k].commit(); !committed)
      return committed.error();
    if (options.output.writeChecksumFile)
      if (auto checksum = writeChecksumFile(paths[k], result.sha256[k]); !checksum)
        return checksum.error();
  }
  result.shards = paths;
  result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return result;
}

} // namespace md::merge
