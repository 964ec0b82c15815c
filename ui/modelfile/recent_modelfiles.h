#pragma once
// The most recently opened or saved Modelfiles, newest first, kept in
// QSettings (tests point QSettings at a temporary folder).

#include <QStringList>

namespace md {
namespace ui {

namespace recent_modelfiles {

inline constexpr int kMaxEntries = 8;

QStringList list();
void add(const QString& path); // moves it to the front
void remove(const QString& path);
void clear();

} // namespace recent_modelfiles

} // namespace ui
} // namespace md
