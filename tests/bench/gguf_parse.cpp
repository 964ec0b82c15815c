// Benchmark: how long ModelDesk takes to read the header of a GGUF with a
// 150,000-string vocabulary and 300 tensors (a modern 7B model's header).
//   gguf_parse [--fixture FILE] [--runs N] [--cli-runs N]
// Writes the fixture when FILE does not exist, then prints the median of N
// in-process readGguf() calls, and the median wall time of
// `modeldesk-cli gguf info --json FILE` as a process (start-up included),
// as `key=value` lines for scripts/bench.sh.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "core/gguf/reader.h"
#include "tests/support/child_process.h"
#include "tests/support/gguf_builder.h"

namespace {

using Clock = std::chrono::steady_clock;

double median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  const std::size_t n = values.size();
  return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

double millisecondsSince(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

} // namespace

int main(int argc, char** argv) {
  std::filesystem::path fixture = std::filesystem::temp_directory_path() / "modeldesk-bench-vocab150k.gguf";
  int runs = 50;
  int cliRuns = 10;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string flag = argv[i];
    if (flag == "--fixture")
      fixture = argv[i + 1];
    else if (flag == "--runs")
      runs = std::max(1, std::atoi(argv[i + 1]));
    else if (flag == "--cli-runs")
      cliRuns = std::max(0, std::atoi(argv[i + 1]));
    else {
      std::fprintf(stderr, "unknown option %s\n", flag.c_str());
      return 2;
    }
  }
  if (!std::filesystem::exists(fixture)) {
    if (fixture.has_parent_path())
      std::filesystem::create_directories(fixture.parent_path());
    md::testing::bigVocabulary(150000, 300).write(fixture);
  }

  std::vector<double> times;
  std::size_t checksum = 0;
  for (int run = 0; run < runs + 2; ++run) {
    const auto start = Clock::now();
    auto file = md::gguf::readGguf(fixture);
    const double elapsed = millisecondsSince(start);
    if (!file) {
      std::fprintf(stderr, "parse failed: %s\n", file.error().describe().c_str());
      return 1;
    }
    checksum += file->metadata.size() + file->tensors.size();
    if (run >= 2) // two warm-up runs: page cache and allocator
      times.push_back(elapsed);
  }

  std::vector<double> cliTimes;
  for (int run = 0; run < cliRuns; ++run) {
    const auto start = Clock::now();
    const auto result = md::testing::runCli({"gguf", "info", "--json", fixture.string()});
    const double elapsed = millisecondsSince(start);
    if (result.exitCode != 0) {
      std::fprintf(stderr, "modeldesk-cli failed: %s\n", result.err.c_str());
      return 1;
    }
    cliTimes.push_back(elapsed);
  }

  std::printf("fixture=%s\n", fixture.string().c_str());
  std::printf("fixture_bytes=%llu\n", static_cast<unsigned long long>(std::filesystem::file_size(fixture)));
  std::printf("runs=%d\n", runs);
  std::printf("modeldesk_parse_median_ms=%.3f\n", median(times));
  std::printf("modeldesk_parse_min_ms=%.3f\n", *std::min_element(times.begin(), times.end()));
  if (!cliTimes.empty())
    std::printf("modeldesk_cli_json_median_ms=%.3f\n", median(cliTimes));
  std::printf("checksum=%zu\n", checksum);
  return 0;
}
