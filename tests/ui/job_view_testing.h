#pragma once
// Finds the parts of a widget's JobView by their object names, as a user's
// eye finds them: the outcome banner, the progress panel and the log.

#include <QObject>
#include <QPlainTextEdit>

#include "ui/shell/banner.h"
#include "ui/shell/progress_panel.h"

namespace md::testing {

inline md::ui::Banner* jobBanner(const QObject& owner) {
  return owner.findChild<md::ui::Banner*>(QStringLiteral("jobBanner"));
}
inline md::ui::ProgressPanel* jobProgress(const QObject& owner) {
  return owner.findChild<md::ui::ProgressPanel*>(QStringLiteral("jobProgress"));
}
inline QPlainTextEdit* jobLog(const QObject& owner) {
  return owner.findChild<QPlainTextEdit*>(QStringLiteral("jobLog"));
}

} // namespace md::testing
