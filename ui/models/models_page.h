#pragma once

#include "ui/shell/page.h"

class QLabel;
class QListWidget;
class QPushButton;
class QStackedLayout;
class QTabWidget;

namespace md {
namespace ui {

class DropHint;
class StoreBrowser;

// Models: every local model in one place. Until files arrive it shows an
// empty state that invites a drop or a folder.
class ModelsPage : public Page {
  Q_OBJECT
public:
  explicit ModelsPage(QWidget* parent = nullptr);

  QString title() const override { return tr("Models"); }
  QString iconName() const override { return QStringLiteral("models"); }
  void receiveDrop(const DropDecision& decision) override;

  QStringList receivedPaths() const;
  bool isShowingEmptyState() const;
  QString emptyStateText() const;
  // The local stores tab (feature/stores); its signals are routed by the lead.
  StoreBrowser* storeBrowser() const { return stores_; }

protected:
  void retranslate() override;

private:
  void addFolder();
  void openGguf();

  QStackedLayout* stack_ = nullptr;
  DropHint* empty_ = nullptr;
  QPushButton* addFolderButton_ = nullptr;
  QPushButton* openButton_ = nullptr;
  QLabel* heading_ = nullptr;
  QListWidget* list_ = nullptr;
  DropTarget lastTarget_ = DropTarget::Refused;
  QTabWidget* tabs_ = nullptr;     // stores hook
  StoreBrowser* stores_ = nullptr; // stores hook
};

} // namespace ui
} // namespace md
