// bench-scan [--files N] [--runs R] [--json]
// Builds N small GGUF files in 20 folders under a temporary folder, then times
// a cold scan (no index: every header is read) and a rescan from the index
// (no header read), R runs each, and prints the medians. Targets for 1,000
// files on the reference machine: cold < 1 s, rescan < 0.2 s.
// The peer, timed in the same run: `find DIR -name '*.gguf' -exec head -c
// 4096 {} +`, the least a header scan has to do (walk, open, read a page).

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "core/stores/store_scanner.h"
#include "tests/support/gguf_builder.h"
#include "tests/support/temp_folder.h"

namespace fs = std::filesystem;
using namespace md;

namespace {

void buildFiles(const fs::path& root, int count) {
  for (int i = 0; i < count; ++i) {
    testing::GgufBuilder builder;
    builder.setString("general.architecture", "llama")
        .setString("general.name", "bench-" + std::to_string(i))
        .setU32("general.file_type", 15)
        .setU32("llama.context_length", 4096)
        .tensor("token_embd.weight", {16, 16});
    const fs::path folder = root / ("folder-" + std::to_string(i % 20));
    fs::create_directories(folder);
    builder.write(folder / ("model-" + std::to_string(i) + ".gguf"));
  }
}

double median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  return values[values.size() / 2];
}

// Seconds for one scan; checks that it saw `files` entries.
double timeScan(const stores::ScanRequest& request, int files, std::size_t& headersRead) {
  const auto start = std::chrono::steady_clock::now();
  auto since = [&start] { return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(); };
  ProgressReporter progress([&](const Progress& p) {
    if (std::getenv("BENCH_PHASES") != nullptr && (p.final || p.done == 0))
      std::fprintf(stderr, "  %.3f s  %s %s\n", since(), p.phase.c_str(), p.final ? "done" : "begins");
  });
  auto report = stores::scanStores(request, progress);
  const double seconds = since();
  if (!report.ok() || report->entries.size() != std::size_t(files)) {
    std::fprintf(stderr, "bench-scan: scan failed or found the wrong number of files\n");
    std::exit(1);
  }
  headersRead = report->headersRead;
  return seconds;
}

// Seconds for the peer: find + head over the same files, output discarded.
double timePeer(const fs::path& root) {
  const std::string command = "find '" + root.string() + "' -name '*.gguf' -exec head -q -c 4096 {} + > /dev/null";
  const auto start = std::chrono::steady_clock::now();
  if (std::system(command.c_str()) != 0) {
    std::fprintf(stderr, "bench-scan: the peer command failed: %s\n", command.c_str());
    std::exit(1);
  }
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

} // namespace

int main(int argc, char** argv) {
  int files = 1000;
  int runs = 5;
  bool json = false;
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--files") && i + 1 < argc)
      files = std::max(1, std::atoi(argv[++i]));
    else if (!std::strcmp(argv[i], "--runs") && i + 1 < argc)
      runs = std::max(1, std::atoi(argv[++i]));
    else if (!std::strcmp(argv[i], "--json"))
      json = true;
    else {
      std::fprintf(stderr, "usage: bench-scan [--files N] [--runs R] [--json]\n");
      return 2;
    }
  }
  testing::TempFolder dir;
  buildFiles(dir.path() / "models", files);
  stores::ScanRequest request;
  request.folders = {dir.path() / "models"};

  std::vector<double> cold;
  std::vector<double> warm;
  std::vector<double> peer;
  std::size_t headersRead = 0;
  for (int run = 0; run < runs; ++run) {
    request.indexFolder = dir.path() / ("index-" + std::to_string(run));
    cold.push_back(timeScan(request, files, headersRead));
    if (headersRead != std::size_t(files))
      return std::fprintf(stderr, "bench-scan: the cold scan did not read every header\n"), 1;
    warm.push_back(timeScan(request, files, headersRead));
    if (headersRead != 0)
      return std::fprintf(stderr, "bench-scan: the rescan read headers\n"), 1;
    peer.push_back(timePeer(dir.path() / "models"));
  }
  const double coldMedian = median(cold);
  const double warmMedian = median(warm);
  const double peerMedian = median(peer);
  if (json)
    std::printf("{\"files\":%d,\"runs\":%d,\"coldSeconds\":%.4f,\"rescanSeconds\":%.4f,\"peerSeconds\":%.4f}\n", files,
                runs, coldMedian, warmMedian, peerMedian);
  else
    std::printf("bench-scan: %d files, %d runs\n  cold scan  median %.3f s (target < 1 s)%s\n"
                "  rescan     median %.3f s (target < 0.2 s)%s\n"
                "  peer: find -exec head -c 4096  median %.3f s\n"
                "  cold scan / peer: %.2fx   rescan / peer: %.2fx  (below 1 is faster than the peer)\n",
                files, runs, coldMedian, coldMedian < 1.0 ? "" : "  MISSED", warmMedian,
                warmMedian < 0.2 ? "" : "  MISSED", peerMedian, coldMedian / peerMedian, warmMedian / peerMedian);
  return 0;
}
