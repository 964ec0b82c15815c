// gguf-fixture KIND OUT: writes a test fixture GGUF (for shell tests, the
// fuzz corpus and benchmarks). KIND: tiny-llama, projector, big-vocabulary.

#include <cstdio>
#include <cstring>
#include <exception>
#include <filesystem>
#include <fstream>
#include <string>

#include "tests/support/gguf_builder.h"

namespace {
// The header of a one-tensor GGUF, then a hole up to the declared size.
void writeSparse(std::uint64_t bytes, const char* out) {
  md::testing::GgufBuilder builder;
  builder.setString("general.architecture", "llama");
  builder.tensor("weights", {256, static_cast<std::int64_t>(bytes / 4 / 256)}, 0);
  auto layout = builder.layout();
  std::ofstream(out, std::ios::binary)
      .write(reinterpret_cast<const char*>(layout.bytes.data()), static_cast<std::streamsize>(layout.bytes.size()));
  std::filesystem::resize_file(out, layout.fileSize);
}
} // namespace

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: gguf-fixture tiny-llama|projector|big-vocabulary|sparse-MiB OUT\n");
    return 2;
  }
  try {
    if (std::strcmp(argv[1], "tiny-llama") == 0)
      md::testing::tinyLlama().write(argv[2]);
    else if (std::strcmp(argv[1], "projector") == 0)
      md::testing::tinyProjector().write(argv[2]);
    else if (std::strcmp(argv[1], "big-vocabulary") == 0)
      md::testing::bigVocabulary(150000, 300).write(argv[2]);
    else if (std::strncmp(argv[1], "sparse-", 7) == 0)
      writeSparse(std::stoull(argv[1] + 7) << 20, argv[2]);
    else {
      std::fprintf(stderr, "unknown fixture %s\n", argv[1]);
      return 2;
    }
  } catch (const std::exception& error) {
    std::fprintf(stderr, "gguf-fixture: %s\n", error.what());
    return 1;
  }
  return 0;
}
