#pragma once

#include "ui/shell/page.h"

class QLabel;
class QListWidget;
class QPushButton;
class QStackedLayout;

namespace md {
namespace ui {

class DropHint;
class GgufInspector;

// Models: every local model in one place. Until files arrive it shows an
// empty state that invites a drop or a folder; one GGUF (opened or dropped)
// goes to the inspector.
class ModelsPage : public Page {
  Q_OBJECT
public:
  explicit ModelsPage(QWidget* parent = nullptr);

  QString title() const override { return tr("Models"); }
  QString iconName() const override { return QStringLiteral("models"); }
  void receiveDrop(const DropDecision& decision) override;

  // Shows the inspector and starts reading `path` (a GGUF) in it.
  void inspect(const QString& path);
  GgufInspector* inspector() const { return inspector_; }
  bool isShowingInspector() const;

  QStringList receivedPaths() const;
  bool isShowingEmptyState() const;
  QString emptyStateText() const;

protected:
  void retranslate() override;

private:
  void addFolder();
  void openGguf();
  void closeInspector();

  QStackedLayout* stack_ = nullptr;
  DropHint* empty_ = nullptr;
  QPushButton* addFolderButton_ = nullptr;
  QPushButton* openButton_ = nullptr;
  QLabel* heading_ = nullptr;
  QListWidget* list_ = nullptr;
  QWidget* inspectorPane_ = nullptr;
  QLabel* inspectedPath_ = nullptr;
  QPushButton* openAnotherButton_ = nullptr;
  QPushButton* closeButton_ = nullptr;
  GgufInspector* inspector_ = nullptr;
};

} // namespace ui
} // namespace md
