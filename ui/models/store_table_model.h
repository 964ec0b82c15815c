#pragma once
// The rows of the store browser: every file a scan found, with its source,
// role badges, architecture, quantization, size and date. Rows drag out as
// file URLs. StoreFilter narrows them by source, text and "model files only".

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

#include <optional>
#include <vector>

#include "core/stores/disk_usage.h"
#include "core/stores/store_entry.h"

namespace md {
namespace ui {

class StoreTableModel : public QAbstractTableModel {
  Q_OBJECT
public:
  enum Column { Name, Source, Role, Architecture, Quantization, Size, Modified, Path, ColumnCount };
  static constexpr int SortRole = Qt::UserRole + 1;

  explicit StoreTableModel(QObject* parent = nullptr);

  void setEntries(std::vector<stores::StoreEntry> entries);
  const std::vector<stores::StoreEntry>& entries() const { return entries_; }
  const stores::DiskUsage& usage() const { return usage_; }
  const stores::StoreEntry* entryAt(const QModelIndex& index) const;

  // "model", "projector", "shard 2/3", "incomplete", "orphan", "duplicate",
  // "left by an interrupted run"… as shown.
  QStringList badges(const stores::StoreEntry& entry) const;
  static QString sourceLabel(stores::SourceKind source);
  // An Ollama layer's name ("model", "projector", "template"…) for the reader.
  static QString layerText(const std::string& layer);

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
  Qt::ItemFlags flags(const QModelIndex& index) const override;
  QStringList mimeTypes() const override;
  QMimeData* mimeData(const QModelIndexList& indexes) const override;

private:
  std::vector<stores::StoreEntry> entries_;
  stores::DiskUsage usage_;
};

class StoreFilter : public QSortFilterProxyModel {
  Q_OBJECT
public:
  explicit StoreFilter(QObject* parent = nullptr);

  void setSource(std::optional<stores::SourceKind> source);
  void setText(const QString& text);
  void setModelFilesOnly(bool only);

protected:
  bool filterAcceptsRow(int row, const QModelIndex& parent) const override;

private:
  std::optional<stores::SourceKind> source_;
  QString text_;
  bool modelFilesOnly_ = true;
};

} // namespace ui
} // namespace md
