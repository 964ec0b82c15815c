// bench-ui-stall [--part-mib N] [--model-mib M] [--dir DIR]
// Drives the real UI offscreen through long jobs and measures how long the
// GUI thread's event loop was ever busy: a zero-interval timer fires
// whenever the loop is idle, so the longest gap between two of its ticks is
// the longest stall a user would feel. Two runs:
//   merge   the Merge page joins two byte-split parts of N MiB (default 1024)
//   create  Create in Ollama hashes and uploads an M MiB model (default 2048)
//           to the fake Ollama server and creates it
// Peer: the same timer with nothing running (the loop's own noise). Beside
// the wall-clock gap it prints the most CPU time the GUI thread spent between
// two ticks, which a busy machine cannot inflate (a gap the thread spends
// waiting for a core is the machine's, not the UI's). Prints key=value
// lines; the target is a longest gap under 50 ms.
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTimer>

#include <time.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "tests/support/fake_ollama.h"
#include "tests/support/gguf_builder.h"
#include "ui/merge/merge_page.h"
#include "ui/modelfile/create_in_ollama_dialog.h"
#include "ui/shell/application.h"
#include "ui/shell/drop_router.h"

namespace fs = std::filesystem;
using namespace md::ui;

namespace {

// Ticks of a zero-interval timer while `running` holds; the longest gap, ms.
class StallMeter {
public:
  StallMeter() {
    timer_.setInterval(0);
    QObject::connect(&timer_, &QTimer::timeout, [this] {
      const qint64 now = clock_.nsecsElapsed();
      const qint64 cpu = threadCpuNs();
      if (last_ >= 0) {
        longest_ = std::max(longest_, now - last_);
        longestCpu_ = std::max(longestCpu_, cpu - lastCpu_);
      }
      last_ = now;
      lastCpu_ = cpu;
      ++ticks_;
    });
  }
  void start() {
    clock_.start();
    last_ = -1;
    longest_ = 0;
    longestCpu_ = 0;
    ticks_ = 0;
    timer_.start();
  }
  void stop() { timer_.stop(); }
  double longestMs() const { return double(longest_) / 1e6; }
  double longestCpuMs() const { return double(longestCpu_) / 1e6; }
  qint64 ticks() const { return ticks_; }

private:
  QTimer timer_;
  QElapsedTimer clock_;
  static qint64 threadCpuNs() {
    timespec now{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
  }

  qint64 last_ = -1;
  qint64 lastCpu_ = 0;
  qint64 longest_ = 0;
  qint64 longestCpu_ = 0;
  qint64 ticks_ = 0;
};

// A GGUF of about `bytes` with one F32 tensor, its data written (not sparse),
// so the job really reads and writes every byte.
void writeModel(const fs::path& path, std::uint64_t bytes) {
  md::testing::GgufBuilder builder;
  builder.setString("general.architecture", "llama");
  const auto elements = static_cast<std::int64_t>((bytes - (1 << 16)) / 4 / 256 * 256);
  builder.tensor("weight", {elements}, 0);
  const auto layout = builder.layout();
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(reinterpret_cast<const char*>(layout.bytes.data()), std::streamsize(layout.bytes.size()));
  std::string chunk(8 << 20, '\x3c');
  for (std::uint64_t left = layout.fileSize - layout.bytes.size(); left > 0;) {
    const auto n = std::min<std::uint64_t>(left, chunk.size());
    out.write(chunk.data(), std::streamsize(n));
    left -= n;
  }
}

void splitInTwo(const fs::path& whole, const fs::path& a, const fs::path& b) {
  const auto size = fs::file_size(whole);
  std::ifstream in(whole, std::ios::binary);
  std::string buffer(8 << 20, '\0');
  for (const auto& [path, count] : {std::pair{a, size / 2}, std::pair{b, size - size / 2}}) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    for (std::uint64_t left = count; left > 0;) {
      const auto n = std::min<std::uint64_t>(left, buffer.size());
      in.read(buffer.data(), std::streamsize(n));
      out.write(buffer.data(), std::streamsize(n));
      left -= n;
    }
  }
}

double idleNoise(StallMeter& meter) {
  meter.start();
  QEventLoop loop;
  QTimer::singleShot(1000, &loop, &QEventLoop::quit);
  loop.exec();
  meter.stop();
  return meter.longestMs();
}

bool runMerge(StallMeter& meter, const fs::path& dir, std::uint64_t partBytes, double& seconds) {
  const fs::path whole = dir / "whole.gguf";
  writeModel(whole, 2 * partBytes);
  splitInTwo(whole, dir / "m.gguf.a", dir / "m.gguf.b");
  fs::remove(whole);
  fs::remove(dir / "m.gguf");
  MergePage page;
  page.show();
  page.receiveDrop(DropDecision{
      DropTarget::Merge,
      {QString::fromStdString((dir / "m.gguf.a").string()), QString::fromStdString((dir / "m.gguf.b").string())},
      {}});
  QSignalSpy steps(&page, &MergePage::stepChanged);
  page.checkFiles();
  while (page.step() != MergePage::Step::Plan && steps.wait(10000)) {
  }
  page.chooseOutput();
  QElapsedTimer clock;
  clock.start();
  meter.start();
  page.startMerge();
  while (page.step() == MergePage::Step::Running && steps.wait(600000)) {
  }
  meter.stop();
  seconds = double(clock.nsecsElapsed()) / 1e9;
  const bool ok = page.step() == MergePage::Step::Result && fs::exists(dir / "m.gguf");
  fs::remove(dir / "m.gguf.a");
  fs::remove(dir / "m.gguf.b");
  fs::remove(dir / "m.gguf");
  fs::remove(dir / "m.gguf.sha256");
  return ok;
}

bool runCreate(StallMeter& meter, const fs::path& dir, std::uint64_t modelBytes, double& seconds) {
  md::testing::FakeOllama fake;
  if (!fake.start())
    return false;
  writeModel(dir / "model.gguf", modelBytes);
  {
    std::ofstream modelfile(dir / "Modelfile");
    modelfile << "FROM ./model.gguf\n";
  }
  CreateInOllamaDialog dialog(QString::fromStdString((dir / "Modelfile").string()), QString::fromStdString(fake.url()));
  dialog.show();
  dialog.findChild<QLineEdit*>(QStringLiteral("modelNameEdit"))->setText(QStringLiteral("stall:test"));
  QSignalSpy finished(&dialog, &CreateInOllamaDialog::createFinished);
  QElapsedTimer clock;
  clock.start();
  meter.start();
  dialog.findChild<QPushButton*>(QStringLiteral("createButton"))->click();
  const bool done = finished.wait(1200000);
  meter.stop();
  seconds = double(clock.nsecsElapsed()) / 1e9;
  fs::remove(dir / "model.gguf");
  return done && finished.first().first().toBool();
}

std::uint64_t mib(const QStringList& args, const QString& flag, std::uint64_t fallback) {
  const int at = args.indexOf(flag);
  return (at >= 0 && at + 1 < args.size() ? args[at + 1].toULongLong() : fallback) << 20;
}

} // namespace

int main(int argc, char** argv) {
  qputenv("QT_QPA_PLATFORM", "offscreen");
  QApplication app(argc, argv);
  setUpApplication(app);
  const QStringList args = app.arguments();
  const int dirAt = args.indexOf(QStringLiteral("--dir"));
  const fs::path dir = dirAt >= 0 && dirAt + 1 < args.size() ? fs::path(args[dirAt + 1].toStdString())
                                                             : fs::temp_directory_path() / "modeldesk-ui-stall";
  fs::create_directories(dir);
  StallMeter meter;
  std::printf("idle_longest_gap_ms=%.2f\n", idleNoise(meter));
  std::printf("idle_longest_gui_cpu_ms=%.2f\n", meter.longestCpuMs());
  double seconds = 0;
  const bool merged = runMerge(meter, dir, mib(args, QStringLiteral("--part-mib"), 1024), seconds);
  std::printf(
      "merge_ok=%d\nmerge_seconds=%.2f\nmerge_ticks=%lld\nmerge_longest_gap_ms=%.2f\nmerge_longest_gui_cpu_ms=%.2f\n",
      merged ? 1 : 0, seconds, static_cast<long long>(meter.ticks()), meter.longestMs(), meter.longestCpuMs());
  const bool created = runCreate(meter, dir, mib(args, QStringLiteral("--model-mib"), 2048), seconds);
  std::printf("create_ok=%d\ncreate_seconds=%.2f\ncreate_ticks=%lld\ncreate_longest_gap_ms=%.2f\ncreate_longest_gui_"
              "cpu_ms=%.2f\n",
              created ? 1 : 0, seconds, static_cast<long long>(meter.ticks()), meter.longestMs(), meter.longestCpuMs());
  return merged && created ? 0 : 1;
}
