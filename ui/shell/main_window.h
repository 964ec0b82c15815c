#pragma once
// The main window: a sidebar that switches a stack of pages, menus, the
// Ollama status in the status bar, and one drop router for the whole window.

#include <QMainWindow>
#include <QVector>

#include "ui/shell/text_source.h"

class QAction;
class QActionGroup;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace md {
namespace ui {

class ImportOffer;
class LanguageManager;
class OllamaStatus;
class Page;

enum class PageId { Environment = 0, Models = 1, Merge = 2, Modelfile = 3 };

class MainWindow : public QMainWindow {
  Q_OBJECT
public:
  explicit MainWindow(LanguageManager* language, QWidget* parent = nullptr);
  ~MainWindow() override;

  void showPage(PageId page);
  PageId currentPage() const;
  Page* page(PageId page) const;

  // Routes dropped or opened files to the right page; returns false and
  // shows the reason when they are refused.
  bool openUrls(const QList<QUrl>& urls);
  // "Import into Ollama" of GGUF files or folders, on the server chosen on the Models page.
  void openImport(const QStringList& paths);
  void showAbout();

protected:
  void dragEnterEvent(QDragEnterEvent* event) override;
  void dropEvent(QDropEvent* event) override;
  void closeEvent(QCloseEvent* event) override;
  void changeEvent(QEvent* event) override;

private:
  void buildMenus();
  void retranslate();
  void updateOllamaLabel();
  void connectPages(); // hand-offs between pages (merge → inspector, → Modelfile)
  void startModelfileFor(const QStringList& ggufPaths);
  void openModelfileText(const QString& text, const QString& model);
  void restoreSettings();
  void openFiles();
  void buildFileMenu();
  void fillRecentMenu();
  void updateModelfileActions();
  void showStatus(const TextSource& message);

  LanguageManager* language_;
  QListWidget* sidebar_ = nullptr;
  QStackedWidget* stack_ = nullptr;
  QVector<Page*> pages_;
  OllamaStatus* ollamaStatus_ = nullptr;
  QLabel* ollamaLabel_ = nullptr;
  ImportOffer* importOffer_ = nullptr;
  TextSource status_;   // what the status area says, in any language
  QString statusShown_; // … as it was shown

  QMenu* fileMenu_ = nullptr;
  QMenu* viewMenu_ = nullptr;
  QMenu* languageMenu_ = nullptr;
  QMenu* helpMenu_ = nullptr;
  QAction* newAction_ = nullptr;
  QAction* openAction_ = nullptr;
  QAction* saveAction_ = nullptr;
  QAction* saveAsAction_ = nullptr;
  QMenu* recentMenu_ = nullptr;
  QVector<QAction*> pageActions_; // Ctrl+1 … Ctrl+4
  QAction* quitAction_ = nullptr;
  QAction* reclaimAction_ = nullptr; // File → Reclaim space…
  QAction* systemLanguageAction_ = nullptr;
  QAction* aboutAction_ = nullptr;
  QActionGroup* languageGroup_ = nullptr;
};

} // namespace ui
} // namespace md
