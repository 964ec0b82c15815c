#include "app/cli/progress_printer.h"

#include <csignal>
#include <cstdio>
#include <memory>

#ifdef _WIN32
#include <io.h>
#define isatty _isatty
#else
#include <unistd.h>
#endif

#include "core/util/paths.h"

namespace md::cli {

namespace {

std::string eta(double seconds) {
  if (seconds < 0)
    return "--:--";
  char text[32];
  auto s = static_cast<long long>(seconds + 0.5);
  std::snprintf(text, sizeof text, "%lld:%02lld", s / 60, s % 60);
  return text;
}

extern "C" void onInterrupt(int) {
  interruptToken().cancel();
}

} // namespace

ProgressSink progressPrinter(std::ostream& err, bool quiet) {
  if (quiet)
    return {};
  const bool terminal = ::isatty(2) != 0;
  return [&err, terminal](const Progress& p) {
    if (!terminal && !p.final)
      return; // logs get one line per phase, not a stream of carriage returns
    std::string line = p.phase;
    if (p.total > 0) {
      char percent[16];
      std::snprintf(percent, sizeof percent, " %5.1f%%",
                    100.0 * static_cast<double>(p.done) / static_cast<double>(p.total));
      line += percent;
      line += "  " + formatBytes(p.done) + " / " + formatBytes(p.total);
      line += "  " + formatBytes(static_cast<std::uint64_t>(p.ratePerSecond)) + "/s  ETA " + eta(p.etaSeconds);
    }
    if (!p.detail.empty())
      line += "  " + p.detail;
    if (terminal)
      err << "\r" << line << "\x1b[K" << (p.final ? "\n" : "") << std::flush;
    else
      err << line << "\n" << std::flush;
  };
}

JobSinks jobPrinter(std::ostream& err, bool quiet) {
  JobSinks sinks;
  sinks.progress = progressPrinter(err, quiet);
  if (!quiet)
    sinks.notes = [&err](const Message& note) { err << "\r\033[K" << note.english() << "\n" << std::flush; };
  return sinks;
}

CancelToken& interruptToken() {
  static CancelToken token;
  return token;
}

void installInterruptHandler() {
  std::signal(SIGINT, onInterrupt);
  std::signal(SIGTERM, onInterrupt);
}

} // namespace md::cli
