// Writes the seed corpus of every fuzz target into FOLDER/<target>/, from
// the test fixtures and generators (scripts/fuzz.sh runs it before fuzzing).
#include <algorithm>
#include <cstdio>
#include <fstream>

#include "tests/fuzz/corpus.h"
#include "tests/fuzz/fuzz_support.h"

namespace md::fuzz {

constexpr std::size_t kMaxSeed = 64 * 1024;

void SeedWriter::save(const std::string& target, const std::string& name, std::string_view bytes) const {
  const std::filesystem::path folder = root_ / target;
  std::filesystem::create_directories(folder);
  std::ofstream out(folder / name, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), std::streamsize(std::min(bytes.size(), kMaxSeed)));
}

void SeedWriter::saveRecords(const std::string& target, const std::string& name,
                             const std::vector<std::string>& records) const {
  save(target, name, joinRecords(records));
}

} // namespace md::fuzz

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: %s FOLDER\n", argv[0]);
    return 2;
  }
  const md::fuzz::SeedWriter seeds(argv[1]);
  md::fuzz::writeGgufSeeds(seeds);
  md::fuzz::writeTextSeeds(seeds);
  md::fuzz::writeStoreSeeds(seeds);
  md::fuzz::writeStateFileSeeds(seeds);
  md::fuzz::writeOllamaSeeds(seeds);
  std::printf("seed corpus written to %s\n", argv[1]);
  return 0;
}
