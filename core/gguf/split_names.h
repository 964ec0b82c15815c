#pragma once
// Recognises the file names of split models:
//   llama.cpp shards:  PREFIX-00001-of-00003.gguf
//   byte-split parts:  x.gguf.a / x.gguf.aa / x.gguf.00, x.gguf-split-a,
//                      x.gguf.part1of2, x-chunk-001-of-018.gguf

#include <optional>
#include <string>

namespace md::gguf {

struct ShardName {
  std::string prefix; // "model" for model-00001-of-00003.gguf
  int number = 0;     // 1-based
  int count = 0;
};

struct PartName {
  std::string joinedName;   // the file name the parts make: "x.gguf"
  int index = 0;            // position in the sequence, 1-based where the name is
  std::optional<int> count; // known from names like part1of2, chunk-001-of-018
  std::string suffix;       // the distinguishing piece: "a", "part1of2", "001"
  std::string style;        // "letters", "numbers", "split-letters", "part-of", "chunk-of"
};

std::optional<ShardName> parseShardName(const std::string& fileName);
std::optional<PartName> parsePartName(const std::string& fileName);
// The suffix that part `index` has in the same naming style as `sample`
// ("b" for letters, "01" for split -d numbers, "part2of3", "002").
std::string partSuffix(const PartName& sample, int index);

// The llama.cpp shard name for number k (1-based) of n: "PREFIX-0000k-of-0000n.gguf".
std::string shardFileName(const std::string& prefix, int number, int count);

} // namespace md::gguf
