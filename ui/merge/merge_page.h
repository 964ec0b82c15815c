#pragma once

#include "ui/shell/page.h"

class QLabel;
class QListWidget;
class QPushButton;
class QStackedLayout;

namespace md {
namespace ui {

class DropHint;

// Merge wizard, step 1: the files to join, merge or pair.
class MergePage : public Page {
  Q_OBJECT
public:
  explicit MergePage(QWidget* parent = nullptr);

  QString title() const override { return tr("Merge"); }
  QString iconName() const override { return QStringLiteral("merge"); }
  void receiveDrop(const DropDecision& decision) override;

  QStringList inputPaths() const;

protected:
  void retranslate() override;

private:
  void addFiles();
  void clear();

  QStackedLayout* stack_ = nullptr;
  DropHint* dropArea_ = nullptr;
  QPushButton* pickButton_ = nullptr;
  QLabel* heading_ = nullptr;
  QListWidget* list_ = nullptr;
  QPushButton* addButton_ = nullptr;
  QPushButton* clearButton_ = nullptr;
};

} // namespace ui
} // namespace md
