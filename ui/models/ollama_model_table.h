#pragma once
// The rows of the Ollama tab: one per model on the active server, with its
// size, family, parameters, quantization, context length and modified date,
// and badges: "vision" (from /api/show capabilities) and "loaded" (from
// /api/ps, with the VRAM it uses). Updating keeps rows in place when the
// list of names did not change, so the selection survives a refresh.

#include <QAbstractTableModel>
#include <QDateTime>
#include <QStringList>
#include <QStyledItemDelegate>
#include <QVector>

#include <optional>

#include "ui/models/ollama_snapshot.h"

namespace md {
namespace ui {

struct OllamaModelRow {
  QString name;
  quint64 size = 0;
  QString family;
  QString parameters;
  QString quantization;
  std::optional<quint64> contextLength;
  QDateTime modified;
  QString digest;
  QStringList capabilities;
  bool loaded = false;
  quint64 vram = 0;

  bool hasVision() const { return capabilities.contains(QStringLiteral("vision")); }
};

class OllamaModelTable : public QAbstractTableModel {
  Q_OBJECT
public:
  enum Column { Name, Badges, Size, Family, Parameters, Quantization, Context, Modified, ColumnCount };
  static constexpr int SortRole = Qt::UserRole + 1;
  static constexpr int BadgesRole = Qt::UserRole + 2;     // QStringList of badge texts (translated)
  static constexpr int BadgeKindsRole = Qt::UserRole + 3; // "vision", "tools", "embedding", "loaded"

  explicit OllamaModelTable(QObject* parent = nullptr);

  static QVector<OllamaModelRow> rowsFrom(const OllamaSnapshot& snapshot);
  void setRows(QVector<OllamaModelRow> rows);
  const QVector<OllamaModelRow>& rows() const { return rows_; }
  const OllamaModelRow* rowAt(int row) const;
  int rowOf(const QString& name) const; // -1 when absent
  QStringList badges(const OllamaModelRow& row) const;
  static QStringList badgeKinds(const OllamaModelRow& row);

  int rowCount(const QModelIndex& parent = {}) const override;
  int columnCount(const QModelIndex& parent = {}) const override;
  QVariant data(const QModelIndex& index, int role) const override;
  QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
  QVector<OllamaModelRow> rows_;
};

// Paints BadgesRole as small rounded pills.
class BadgeDelegate : public QStyledItemDelegate {
  Q_OBJECT
public:
  using QStyledItemDelegate::QStyledItemDelegate;
  void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
  QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace ui
} // namespace md
