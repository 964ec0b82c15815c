#pragma once
// Job threads run below the GUI thread's priority. Merges, hashes and uploads
// keep every core busy; at equal priority the scheduler may leave a runnable
// GUI thread waiting for a whole time slice (measured: 100 ms on a 2-core VM,
// docs/PERFORMANCE.md), which a user feels as a frozen window. A lower
// priority costs nothing when the machine is otherwise idle.
//
// Linux: the calling thread's nice value is raised to kBackgroundNice (threads
// it starts afterwards inherit it). Windows: THREAD_PRIORITY_BELOW_NORMAL.
// macOS: the utility QoS class.

namespace md {
namespace ui {

inline constexpr int kBackgroundNice = 5;

// Lowers the calling thread's scheduling priority; never raises it.
void lowerCurrentThreadPriority();

// The calling thread's priority in the platform's terms (Linux: its nice
// value; Windows: GetThreadPriority; elsewhere 0). For tests.
int currentThreadPriority();

} // namespace ui
} // namespace md
