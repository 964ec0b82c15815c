#include "ui/shell/background_priority.h"

#if defined(_WIN32)
#include <windows.h>
#elif defined(__APPLE__)
#include <pthread.h>
#include <sys/qos.h>
#elif defined(__linux__)
#include <cerrno>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace md {
namespace ui {

void lowerCurrentThreadPriority() {
#if defined(_WIN32)
  if (GetThreadPriority(GetCurrentThread()) > THREAD_PRIORITY_BELOW_NORMAL)
    SetThreadPriority(GetCurrentThread(), THREAD_PRIORITY_BELOW_NORMAL);
#elif defined(__APPLE__)
  pthread_set_qos_class_self_np(QOS_CLASS_UTILITY, 0);
#elif defined(__linux__)
  // On Linux the nice value belongs to the thread (its tid), not the process.
  const auto thread = static_cast<id_t>(syscall(SYS_gettid));
  if (currentThreadPriority() < kBackgroundNice)
    setpriority(PRIO_PROCESS, thread, kBackgroundNice);
#endif
}

int currentThreadPriority() {
#if defined(_WIN32)
  return GetThreadPriority(GetCurrentThread());
#elif defined(__linux__)
  errno = 0;
  const int nice = getpriority(PRIO_PROCESS, static_cast<id_t>(syscall(SYS_gettid)));
  return errno == 0 ? nice : 0;
#else
  return 0;
#endif
}

} // namespace ui
} // namespace md
