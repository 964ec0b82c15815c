#pragma once
// The seed corpus writer (make_fuzz_corpus): one folder per fuzz target,
// filled from the fixtures and generators the tests use. Each corpus_*.cpp
// writes the seeds of a few targets.

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace md::fuzz {

class SeedWriter {
public:
  explicit SeedWriter(std::filesystem::path root) : root_(std::move(root)) {}
  // root/<target>/<name>; seeds longer than 64 KiB are cut.
  void save(const std::string& target, const std::string& name, std::string_view bytes) const;
  void saveRecords(const std::string& target, const std::string& name, const std::vector<std::string>& records) const;

private:
  std::filesystem::path root_;
};

void writeGgufSeeds(const SeedWriter& seeds);
void writeOllamaSeeds(const SeedWriter& seeds);    // ndjson_fuzz, ollama_reply_fuzz (from the fake server)
void writeTextSeeds(const SeedWriter& seeds);      // modelfile_fuzz, template_plan_fuzz, split_names_fuzz
void writeStoreSeeds(const SeedWriter& seeds);     // ollama_store_fuzz, hub_cache_fuzz
void writeStateFileSeeds(const SeedWriter& seeds); // state_files_fuzz

} // namespace md::fuzz
