// libFuzzer target for the split-file name parsers: llama.cpp shard names
// (PREFIX-00001-of-00003.gguf) and byte-split part names (x.gguf.a,
// x.gguf.00, x.gguf-split-b, x.gguf.part1of2, x-chunk-001-of-018.gguf).
// Promises checked: a shard's name is rebuilt from its parts, and a part's
// suffix written for its own index reads back as that index.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/gguf/split_names.h"
#include "tests/fuzz/fuzz_support.h"

namespace {

using md::fuzz::check;

void checkShard(const std::string& name) {
  const auto shard = md::gguf::parseShardName(name);
  if (!shard)
    return;
  check(shard->number >= 1 && shard->count >= 1, "a shard number or count below 1");
  const auto again = md::gguf::parseShardName(md::gguf::shardFileName(shard->prefix, shard->number, shard->count));
  check(again && again->prefix == shard->prefix && again->number == shard->number && again->count == shard->count,
        "a shard's file name does not read back");
}

void checkPart(const std::string& name) {
  const auto part = md::gguf::parsePartName(name);
  if (!part)
    return;
  check(part->index >= 1, "a part index below 1");
  check(!part->count || part->index <= *part->count, "a part index past its count");
  if (part->style == "chunk-of")
    return; // its suffix sits inside the name (plan_rules.cpp rebuilds it)
  const std::string suffix = md::gguf::partSuffix(*part, part->index);
  const std::string rebuilt = part->joinedName + (part->style == "split-letters" ? "-split-" : ".") + suffix;
  const auto again = md::gguf::parsePartName(rebuilt);
  check(again && again->index == part->index && again->joinedName == part->joinedName,
        "a part's suffix for its own index does not read back");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string name(md::fuzz::asText(data, size));
  checkShard(name);
  checkPart(name);
  return 0;
}
