// bench-merge [--part-mib N] [--runs R] [--dir DIR]
// Joins two byte-split parts of N MiB each (default 1024) and compares with
// `cat a b > c`, both followed by a sync of the output, median of R runs
// (default 3). Also times the join without the same-pass SHA-256, and reads
// the peak RSS of `modeldesk-cli merge`. Inputs are in the page cache for
// both peers (each run reads them the same way). A warm-up round of every
// contender comes first (untimed), and the order rotates from run to run, so
// no contender always goes first. `modeldesk-cli merge` is timed as a
// process too, on cat's footing, and `openssl dgst -sha256 a b` shows the floor the
// hash sets (one core). Targets: ≥ 1.0× cat's throughput;
// join+SHA ≤ 1.15× join alone; peak RSS < 64 MiB.

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <functional>
#include <string>
#include <vector>

#include "core/merge/merge_engine.h"
#include "tests/support/child_process.h"
#include "tests/support/gguf_builder.h"

namespace fs = std::filesystem;
using namespace md;

namespace {

using Clock = std::chrono::steady_clock;

void fillPseudoRandom(std::vector<char>& buffer, std::uint64_t& state) {
  for (std::size_t i = 0; i + 8 <= buffer.size(); i += 8) {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    std::memcpy(buffer.data() + i, &state, 8);
  }
}

// Part a holds a GGUF header for one F32 tensor filling both parts.
std::vector<fs::path> makeParts(const fs::path& dir, std::uint64_t partBytes) {
  fs::create_directories(dir);
  std::vector<fs::path> parts = {dir / "bench.gguf.a", dir / "bench.gguf.b"};
  testing::GgufBuilder builder;
  builder.setString("general.architecture", "llama");
  auto elements = static_cast<std::int64_t>((2 * partBytes - (1 << 16)) / 4 / 256 * 256);
  builder.tensor("weights", {256, elements / 256}, 0);
  auto layout = builder.layout();
  std::error_code ec;
  if (fs::file_size(parts[0], ec) + fs::file_size(parts[1], ec) == layout.fileSize)
    return parts; // made by an earlier run
  std::uint64_t state = 88172645463325252ull;
  std::vector<char> buffer(8 << 20);
  std::uint64_t left = layout.fileSize;
  for (int k = 0; k < 2; ++k) {
    std::ofstream out(parts[k], std::ios::binary | std::ios::trunc);
    std::uint64_t size = k == 0 ? layout.fileSize / 2 : left;
    std::uint64_t written = 0;
    if (k == 0) {
      out.write(reinterpret_cast<const char*>(layout.bytes.data()), static_cast<std::streamsize>(layout.bytes.size()));
      written = layout.bytes.size();
    }
    while (written < size) {
      fillPseudoRandom(buffer, state);
      auto n = std::min<std::uint64_t>(buffer.size(), size - written);
      out.write(buffer.data(), static_cast<std::streamsize>(n));
      written += n;
    }
    left -= size;
  }
  return parts;
}

double median(std::vector<double> values) {
  std::sort(values.begin(), values.end());
  return values[values.size() / 2];
}

double timeCat(const std::vector<fs::path>& parts, const fs::path& output) {
  fs::remove(output);
  auto command = "cat '" + parts[0].string() + "' '" + parts[1].string() + "' > '" + output.string() + "' && sync '" +
                 output.string() + "'";
  auto start = Clock::now();
  if (std::system(command.c_str()) != 0)
    std::fprintf(stderr, "cat failed\n");
  return std::chrono::duration<double>(Clock::now() - start).count();
}

// The floor of a join with its SHA-256: one core hashing both parts from
// the page cache, as a process. `openssl dgst` uses the same libcrypto (and
// its SHA-NI code) as ModelDesk; Debian's coreutils sha256sum does not.
double timeHashAlone(const std::vector<fs::path>& parts) {
  auto command = "openssl dgst -sha256 '" + parts[0].string() + "' '" + parts[1].string() + "' > /dev/null";
  auto start = Clock::now();
  if (std::system(command.c_str()) != 0)
    std::fprintf(stderr, "openssl dgst failed\n");
  return std::chrono::duration<double>(Clock::now() - start).count();
}

double timeJoin(const std::vector<fs::path>& parts, const fs::path& output, bool hash, std::string* method) {
  fs::remove(output);
  fs::remove(fs::path(output.string() + ".sha256"));
  auto plan = merge::classify(parts);
  merge::MergeOptions options;
  options.copy.computeSha256 = hash;
  ProgressReporter progress;
  auto start = Clock::now();
  auto result = merge::runMerge(plan, output, options, progress);
  double seconds = std::chrono::duration<double>(Clock::now() - start).count();
  if (!result) {
    std::fprintf(stderr, "merge failed: %s\n", result.error().describe().c_str());
    std::exit(1);
  }
  *method = result->method;
  return seconds;
}

} // namespace

int main(int argc, char** argv) {
  std::uint64_t partMiB = 1024;
  int runs = 3;
  fs::path dir = fs::temp_directory_path() / "modeldesk-bench-merge";
  for (int i = 1; i + 1 < argc; i += 2) {
    if (!std::strcmp(argv[i], "--part-mib"))
      partMiB = std::strtoull(argv[i + 1], nullptr, 10);
    else if (!std::strcmp(argv[i], "--runs"))
      runs = std::atoi(argv[i + 1]);
    else if (!std::strcmp(argv[i], "--dir"))
      dir = argv[i + 1];
  }
  auto parts = makeParts(dir, partMiB << 20);
  auto total = static_cast<double>(fs::file_size(parts[0]) + fs::file_size(parts[1]));
  auto output = dir / "joined.gguf";
  std::vector<double> cat, join, joinNoHash, cli, hashAlone;
  std::string method, methodNoHash;
  long maxRssKiB = 0;
  int cliExit = 0;
  auto timeCli = [&] {
    fs::remove(output);
    fs::remove(fs::path(output.string() + ".sha256"));
    auto start = Clock::now();
    auto child = testing::runCli({"merge", "-o", output.string(), parts[0].string(), parts[1].string()});
    const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
    maxRssKiB = std::max<long>(maxRssKiB, long(child.maxRssKiB));
    cliExit = child.exitCode != 0 ? child.exitCode : cliExit;
    return seconds;
  };
  const std::vector<std::function<double()>> contenders = {
      [&] { return timeCat(parts, output); }, [&] { return timeJoin(parts, output, true, &method); },
      [&] { return timeJoin(parts, output, false, &methodNoHash); }, timeCli, [&] { return timeHashAlone(parts); }};
  std::vector<std::vector<double>*> results = {&cat, &join, &joinNoHash, &cli, &hashAlone};
  for (const auto& contender : contenders) // warm-up, untimed
    contender();
  for (int run = 0; run < runs; ++run)
    for (std::size_t k = 0; k < contenders.size(); ++k) {
      const std::size_t which = (k + std::size_t(run)) % contenders.size();
      results[which]->push_back(contenders[which]());
    }
  fs::remove(output);
  fs::remove(fs::path(output.string() + ".sha256"));

  auto list = [](const std::vector<double>& values) {
    std::string text;
    for (double value : values)
      text += (text.empty() ? "" : " ") + std::to_string(value).substr(0, 5);
    return text;
  };
  const double gib = total / (1u << 30);
  std::printf("merge: 2 parts, %.2f GiB in all, median of %d runs (output synced; inputs in page cache)\n", gib, runs);
  std::printf("  cat a b > c && sync     %7.3f s  %6.2f GiB/s\n", median(cat), gib / median(cat));
  std::printf("  modeldesk join + SHA    %7.3f s  %6.2f GiB/s  (%s)\n", median(join), gib / median(join),
              method.c_str());
  std::printf("  modeldesk join, no SHA  %7.3f s  %6.2f GiB/s\n", median(joinNoHash), gib / median(joinNoHash));
  std::printf("  modeldesk-cli merge     %7.3f s  %6.2f GiB/s  (a process, as cat is)\n", median(cli),
              gib / median(cli));
  std::printf("  openssl dgst -sha256    %7.3f s  %6.2f GiB/s  (the hash alone, one core)\n", median(hashAlone),
              gib / median(hashAlone));
  std::printf("  every run (s): cat %s | join+SHA %s | join %s | cli %s | openssl %s\n", list(cat).c_str(),
              list(join).c_str(), list(joinNoHash).c_str(), list(cli).c_str(), list(hashAlone).c_str());
  std::printf("  throughput vs cat:      %.2fx in-process, %.2fx as a process (target >= 1.0x)\n",
              median(cat) / median(join), median(cat) / median(cli));
  std::printf("  join+SHA / join alone:  %.2fx (target <= 1.15x)\n", median(join) / median(joinNoHash));
  std::printf("  join+SHA / the slower of join and hash alone: %.2fx (1.00x = fully overlapped)\n",
              median(join) / std::max(median(joinNoHash), median(hashAlone)));
  std::printf("  peak RSS of modeldesk-cli merge: %.1f MiB (target < 64 MiB; exit %d)\n",
              static_cast<double>(maxRssKiB) / 1024.0, cliExit);
  return 0;
}
