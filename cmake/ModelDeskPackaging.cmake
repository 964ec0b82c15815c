# Install rules and CPack: a DEB on Linux (built and tested here), NSIS on
# Windows and a DragNDrop image on macOS (configured, built on those OSes).
include(GNUInstallDirs)

set(MODELDESK_APP_ID org.modeldesk.ModelDesk)
set(linux_resources ${PROJECT_SOURCE_DIR}/resources/linux)

if(APPLE)
  install(TARGETS modeldesk-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
  if(TARGET modeldesk)
    install(TARGETS modeldesk BUNDLE DESTINATION .)
  endif()
else()
  install(TARGETS modeldesk-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
  if(TARGET modeldesk)
    install(TARGETS modeldesk RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
    install(FILES ${MODELDESK_QM_FILES} DESTINATION ${CMAKE_INSTALL_DATADIR}/modeldesk/translations)
  endif()
endif()

if(UNIX AND NOT APPLE AND TARGET modeldesk)
  install(FILES ${linux_resources}/${MODELDESK_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
  install(FILES ${linux_resources}/${MODELDESK_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
  install(FILES ${linux_resources}/${MODELDESK_APP_ID}.mime.xml
          DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages RENAME ${MODELDESK_APP_ID}.xml)
  install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/modeldesk.svg
          DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME ${MODELDESK_APP_ID}.svg)
  foreach(size 16 24 32 48 64 128 256 512)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/hicolor/${size}x${size}/${MODELDESK_APP_ID}.png
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
  endforeach()
endif()

# Apache-2.0: the license text beside the binaries (Debian's place for it on
# Linux), and shown by the installers that show one.
if(UNIX AND NOT APPLE)
  install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/modeldesk RENAME copyright)
else()
  install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION .)
endif()
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)

set(CPACK_PACKAGE_NAME modeldesk)
set(CPACK_PACKAGE_VENDOR "The ModelDesk developers")
set(CPACK_PACKAGE_CONTACT "ModelDesk developers <dev@modeldesk.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://modeldesk.org/")
set(CPACK_PACKAGE_INSTALL_DIRECTORY ModelDesk)
set(CPACK_PACKAGE_EXECUTABLES modeldesk ModelDesk)
set(CPACK_STRIP_FILES ON)

# DEB: library dependencies come from dpkg-shlibdeps; plugins Qt loads at run
# time (the SVG icon engine) are named by hand. shared-mime-info,
# desktop-file-utils and hicolor-icon-theme refresh their caches through
# dpkg triggers, so the package needs no maintainer scripts.
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6, shared-mime-info, hicolor-icon-theme")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-wqy-microhei, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Bring local GGUF models into Ollama
 ModelDesk sets the Ollama, Hugging Face and ModelScope environment
 variables, browses local model stores, inspects GGUF headers, joins split
 models and pairs projectors, and writes Modelfiles that Ollama accepts.")

# Windows: NSIS, after windeployqt has put Qt beside the binaries (README).
set(CPACK_NSIS_DISPLAY_NAME ModelDesk)
set(CPACK_NSIS_MUI_ICON ${PROJECT_SOURCE_DIR}/resources/windows/modeldesk.ico)
set(CPACK_NSIS_CREATE_ICONS_EXTRA "CreateShortCut '$SMPROGRAMS\\\\$STARTMENU_FOLDER\\\\ModelDesk.lnk' '$INSTDIR\\\\bin\\\\modeldesk.exe'")
set(CPACK_NSIS_MODIFY_PATH ON)

# macOS: a drag-and-drop disk image holding ModelDesk.app (after macdeployqt).
set(CPACK_DMG_VOLUME_NAME ModelDesk)

if(WIN32)
  set(CPACK_GENERATOR NSIS)
elseif(APPLE)
  set(CPACK_GENERATOR DragNDrop)
else()
  set(CPACK_GENERATOR DEB)
  set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
endif()
include(CPack)
