#pragma once

#include "ui/shell/page.h"

class QLabel;
class QTableWidget;

namespace md {
namespace ui {

// Environment: the variables the Ollama workflow depends on, with their value
// in this process and the default on this OS. Secrets are masked.
class EnvironmentPage : public Page {
  Q_OBJECT
public:
  explicit EnvironmentPage(QWidget* parent = nullptr);

  QString title() const override { return tr("Environment"); }
  QString iconName() const override { return QStringLiteral("environment"); }
  void receiveDrop(const DropDecision&) override {}

  QTableWidget* table() const { return table_; }
  void reload();

protected:
  void retranslate() override;

private:
  QLabel* intro_ = nullptr;
  QTableWidget* table_ = nullptr;
};

} // namespace ui
} // namespace md
