#include "tests/support/merge_fixtures.h"

#include <algorithm>
#include <cstdio>
#include <stdexcept>

#include "core/gguf/split_names.h"
#include "core/merge/split_model.h"
#include "core/util/paths.h"

namespace md::testing {

namespace fs = std::filesystem;

std::vector<std::vector<std::byte>> cutInto(const std::vector<std::byte>& bytes, std::size_t count) {
  std::vector<std::vector<std::byte>> pieces;
  std::size_t at = 0;
  for (std::size_t k = 0; k < count; ++k) {
    std::size_t size = (bytes.size() - at) / (count - k);
    pieces.emplace_back(bytes.begin() + static_cast<std::ptrdiff_t>(at),
                        bytes.begin() + static_cast<std::ptrdiff_t>(at + size));
    at += size;
  }
  return pieces;
}

std::vector<fs::path> writeParts(const GgufBuilder& builder, const fs::path& joined,
                                 const std::vector<std::string>& suffixes) {
  fs::create_directories(joined.parent_path());
  auto sorted = suffixes;
  auto indexOf = [&](const std::string& suffix) {
    auto part = gguf::parsePartName(pathToUtf8(joined.filename()) + suffix);
    if (!part)
      throw std::runtime_error("not a part suffix: " + suffix);
    return part->index;
  };
  std::sort(sorted.begin(), sorted.end(),
            [&](const std::string& a, const std::string& b) { return indexOf(a) < indexOf(b); });
  auto pieces = cutInto(builder.bytes(), suffixes.size());
  for (std::size_t k = 0; k < sorted.size(); ++k) {
    auto path = joined;
    path += sorted[k];
    writeAll(path, pieces[k]);
  }
  std::vector<fs::path> paths;
  for (const auto& suffix : suffixes) {
    auto path = joined;
    path += suffix;
    paths.push_back(path);
  }
  return paths;
}

std::vector<fs::path> writeChunks(const GgufBuilder& builder, const fs::path& folder, const std::string& stem,
                                  int count) {
  fs::create_directories(folder);
  auto pieces = cutInto(builder.bytes(), static_cast<std::size_t>(count));
  std::vector<fs::path> paths;
  for (int k = 0; k < count; ++k) {
    char name[64];
    std::snprintf(name, sizeof name, "-chunk-%03d-of-%03d.gguf", k + 1, count);
    paths.push_back(folder / pathFromUtf8(stem + name));
    writeAll(paths.back(), pieces[static_cast<std::size_t>(k)]);
  }
  return paths;
}

std::vector<fs::path> writeShards(const GgufBuilder& builder, const fs::path& folder, const std::string& prefix,
                                  int count) {
  fs::create_directories(folder);
  auto whole = folder / pathFromUtf8(".whole-" + prefix + ".gguf");
  builder.write(whole);
  auto tensors = builder.layout().sizes.size();
  merge::SplitOptions options;
  options.maxTensors = (tensors + static_cast<std::size_t>(count) - 1) / static_cast<std::size_t>(count);
  options.output.writeChecksumFile = false;
  ProgressReporter progress;
  auto result = merge::splitModel(whole, folder / pathFromUtf8(prefix), options, progress);
  fs::remove(whole);
  if (!result)
    throw std::runtime_error("split fixture: " + result.error().describe());
  if (result->shards.size() != static_cast<std::size_t>(count))
    throw std::runtime_error("split fixture: made " + std::to_string(result->shards.size()) + " shards");
  return result->shards;
}

std::vector<std::filesystem::path> writeLargeParts(const std::filesystem::path& joined) {
  GgufBuilder b;
  b.setString("general.architecture", "llama");
  b.tensor("big", {1 << 18, 1 << 10}, 0); // 1 GiB of F32
  auto header = b.layout();
  auto first = std::filesystem::path(joined).concat(".a");
  auto second = std::filesystem::path(joined).concat(".b");
  writeAll(first, header.bytes);
  std::filesystem::resize_file(first, header.fileSize / 2);
  writeAll(second, {std::byte{7}});
  std::filesystem::resize_file(second, header.fileSize - header.fileSize / 2);
  return {first, second};
}

} // namespace md::testing
