// gguf-fixture KIND OUT: writes a test fixture GGUF (for shell tests, the
// fuzz corpus and benchmarks). KIND: tiny-llama, projector, big-vocabulary.

#include <cstdio>
#include <cstring>
#include <exception>

#include "tests/support/gguf_builder.h"

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fprintf(stderr, "usage: gguf-fixture tiny-llama|projector|big-vocabulary OUT\n");
    return 2;
  }
  try {
    if (std::strcmp(argv[1], "tiny-llama") == 0)
      md::testing::tinyLlama().write(argv[2]);
    else if (std::strcmp(argv[1], "projector") == 0)
      md::testing::tinyProjector().write(argv[2]);
    else if (std::strcmp(argv[1], "big-vocabulary") == 0)
      md::testing::bigVocabulary(150000, 300).write(argv[2]);
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
