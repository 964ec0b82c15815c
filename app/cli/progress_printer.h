#pragma once
// Progress for long CLI commands: one updating line on stderr with the
// phase, bytes, rate and ETA; and Ctrl+C cancels through a CancelToken so the
// work can remove its temp files.

#include <ostream>

#include "core/util/progress.h"

namespace md::cli {

// A sink that rewrites one stderr line (nothing when `quiet`).
ProgressSink progressPrinter(std::ostream& err, bool quiet = false);
// That line, and a job's notes in English on lines of their own (nothing
// when `quiet`, as with --json).
JobSinks jobPrinter(std::ostream& err, bool quiet = false);

// The token that SIGINT/SIGTERM cancel while the command runs.
CancelToken& interruptToken();
void installInterruptHandler();

} // namespace md::cli
