#pragma once
// The Environment page's History tab: every change ModelDesk saved, newest
// first, with the local time in the UI language's format (QLocale) and the
// values (secrets masked); an undone change stays, marked, so it can be
// redone. Undo and Redo act on the selected change, else on the newest one
// in effect (the most recently undone one). Why a change cannot be undone
// or redone is said under the list. Empty, it says what will appear.

#include <QWidget>

#include <cstdint>
#include <optional>
#include <vector>

#include "core/env/history.h"
#include "core/util/result.h"

class QLabel;
class QListWidget;
class QPushButton;

namespace md {
namespace ui {

class EnvHistoryView : public QWidget {
  Q_OBJECT
public:
  explicit EnvHistoryView(QWidget* parent = nullptr);

  void setEntries(std::vector<env::HistoryEntry> entries);
  // Why the last undo or redo was refused, said again in the new language
  // on a switch; clearRefusal() takes it away.
  void showRefusal(const md::Error& error);
  void clearRefusal();
  void retranslate();

  // "3 Dec 2026 14:05" in the UI language, in local time, from core's UTC ISO 8601.
  static QString localTime(const std::string& utc);
  // "Set OLLAMA_HOST: (not set) → 0.0.0.0", secrets masked.
  static QString changeText(const env::HistoryEntry& entry);

Q_SIGNALS:
  void undoRequested(std::optional<std::uint64_t> id);
  void redoRequested(std::optional<std::uint64_t> id);

protected:
  void changeEvent(QEvent* event) override;

private:
  void fill();
  void updateButtons();
  const env::HistoryEntry* selected() const;

  std::vector<env::HistoryEntry> entries_;
  QLabel* empty_ = nullptr;
  QListWidget* list_ = nullptr;
  QLabel* message_ = nullptr;
  std::optional<md::Error> refusal_;
  QPushButton* undo_ = nullptr;
  QPushButton* redo_ = nullptr;
};

} // namespace ui
} // namespace md
