// bench-scan [--files N] [--runs R] [--cli PATH] [--json]
// Builds N small GGUF files in 20 folders under a temporary folder, then times
// a cold scan (no index: every header is read) and a rescan from the index
// (no header read), R runs each, and prints the medians. Targets for 1,000
// files on the reference machine: cold < 1 s, rescan < 0.2 s.
// The peer does the least a header scan has to do: walk, open, read a page.
// Both sides are timed on the same footing, twice: in-process (scanStores
// against a loop of directory walk + open + read 4096 bytes + close), and as
// processes (`modeldesk-cli scan --folder DIR --index FRESH --json` against
// `find DIR -name '*.gguf' -exec head -c 4096 {} +`), when --cli is given.

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

// Seconds for the in-process peer: walk, open, read a page, close.
double timePeerInProcess(const fs::path& root, int files) {
  const auto start = std::chrono::steady_clock::now();
  std::vector<char> page(4096);
  int read = 0;
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    if (!entry.is_regular_file() || entry.path().extension() != ".gguf")
      continue;
    if (std::FILE* file = std::fopen(entry.path().c_str(), "rb")) {
      read += std::fread(page.data(), 1, page.size(), file) > 0 ? 1 : 0;
      std::fclose(file);
    }
  }
  if (read != files) {
    std::fprintf(stderr, "bench-scan: the in-process peer read %d of %d files\n", read, files);
    std::exit(1);
  }
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// Seconds for a shell command, output discarded.
double timeCommand(const std::string& command) {
  const auto start = std::chrono::steady_clock::now();
  if (std::system((command + " > /dev/null").c_str()) != 0) {
    std::fprintf(stderr, "bench-scan: the command failed: %s\n", command.c_str());
    std::exit(1);
  }
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

std::string shellQuoted(const fs::path& path) {
  return "'" + path.string() + "'";
}

} // namespace

int main(int argc, char** argv) {
  int files = 1000;
  int runs = 5;
  bool json = false;
  std::string cli;
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--files") && i + 1 < argc)
      files = std::max(1, std::atoi(argv[++i]));
    else if (!std::strcmp(argv[i], "--runs") && i + 1 < argc)
      runs = std::max(1, std::atoi(argv[++i]));
    else if (!std::strcmp(argv[i], "--cli") && i + 1 < argc)
      cli = argv[++i];
    else if (!std::strcmp(argv[i], "--json"))
      json = true;
    else {
      std::fprintf(stderr, "usage: bench-scan [--files N] [--runs R] [--cli PATH] [--json]\n");
      return 2;
    }
  }
  testing::TempFolder dir;
  buildFiles(dir.path() / "models", files);
  stores::ScanRequest request;
  request.folders = {dir.path() / "models"};

  const fs::path models = dir.path() / "models";
  std::vector<double> cold, warm, peer, cliCold, peerProcess;
  std::size_t headersRead = 0;
  // Alternating order: the side that runs first each round changes, so
  // neither always meets a cache the other warmed.
  for (int run = 0; run < runs; ++run) {
    request.indexFolder = dir.path() / ("index-" + std::to_string(run));
    auto ours = [&] {
      cold.push_back(timeScan(request, files, headersRead));
      if (headersRead != std::size_t(files))
        std::fprintf(stderr, "bench-scan: the cold scan did not read every header\n"), std::exit(1);
      warm.push_back(timeScan(request, files, headersRead));
      if (headersRead != 0)
        std::fprintf(stderr, "bench-scan: the rescan read headers\n"), std::exit(1);
      if (!cli.empty())
        cliCold.push_back(timeCommand(shellQuoted(cli) + " scan --folder " + shellQuoted(models) + " --index " +
                                      shellQuoted(dir.path() / ("cli-index-" + std::to_string(run))) + " --json"));
    };
    auto theirs = [&] {
      peer.push_back(timePeerInProcess(models, files));
      if (!cli.empty())
        peerProcess.push_back(
            timeCommand("find " + shellQuoted(models) + " -name '*.gguf' -exec head -q -c 4096 {} +"));
    };
    if (run % 2 == 0)
      ours(), theirs();
    else
      theirs(), ours();
  }
  const double coldMedian = median(cold);
  const double warmMedian = median(warm);
  const double peerMedian = median(peer);
  const double cliMedian = cli.empty() ? 0 : median(cliCold);
  const double peerProcessMedian = cli.empty() ? 0 : median(peerProcess);
  if (json) {
    std::printf("{\"files\":%d,\"runs\":%d,\"coldSeconds\":%.4f,\"rescanSeconds\":%.4f,\"peerSeconds\":%.4f,"
                "\"cliColdSeconds\":%.4f,\"peerProcessSeconds\":%.4f}\n",
                files, runs, coldMedian, warmMedian, peerMedian, cliMedian, peerProcessMedian);
    return 0;
  }
  std::printf("bench-scan: %d files, %d runs (medians; below 1x is faster than the peer)\n"
              "  in-process   cold scan %.3f s (target < 1 s)%s   rescan %.3f s (target < 0.2 s)%s\n"
              "               peer (walk + open + read 4 KiB) %.3f s   cold/peer %.2fx   rescan/peer %.2fx\n",
              files, runs, coldMedian, coldMedian < 1.0 ? "" : "  MISSED", warmMedian,
              warmMedian < 0.2 ? "" : "  MISSED", peerMedian, coldMedian / peerMedian, warmMedian / peerMedian);
  if (!cli.empty())
    std::printf("  processes    modeldesk-cli scan --json (cold) %.3f s   find -exec head -c 4096 %.3f s   "
                "ratio %.2fx\n",
                cliMedian, peerProcessMedian, cliMedian / peerProcessMedian);
  return 0;
}
