; Jalga's Windows installer, for the makensis that Debian ships (NSIS 3,
; no plugins beyond its own). scripts/build-windows.sh runs it as
;   makensis -DVERSION=0.1.0 -DSTAGE=<folder of files> -DOUTFILE=<setup.exe> jalga.nsi
; STAGE holds jalga-app.exe, jalga.exe, WebView2Loader.dll and the licence
; and read-me texts; everything in it is installed.
;
; The install is per user (no administrator rights needed, which office
; computers often withhold): into %LOCALAPPDATA%\Programs\Jalga, with a
; Start-menu entry and an entry in Add/Remove programs under HKCU.
; Uninstalling removes the program files, never the user's data in
; %APPDATA%\Jalga.

!ifndef VERSION
  !error "pass -DVERSION=x.y.z"
!endif
!ifndef STAGE
  !error "pass -DSTAGE=<folder of the files to install>"
!endif
!ifndef OUTFILE
  !define OUTFILE "Jalga-${VERSION}-setup.exe"
!endif

!define NAME "Jalga"
!define PUBLISHER "Jalga"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\Jalga"

Unicode true
Target amd64-unicode
SetCompressor /SOLID lzma
RequestExecutionLevel user

Name "${NAME} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\Jalga"
InstallDirRegKey HKCU "${UNINST_KEY}" "InstallLocation"
BrandingText "${NAME} ${VERSION}"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=1033 "ProductName" "${NAME}"
VIAddVersionKey /LANG=1033 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "FileDescription" "${NAME} installer"
VIAddVersionKey /LANG=1033 "LegalCopyright" "MIT OR Apache-2.0"

!include "MUI2.nsh"
!define MUI_ICON "${STAGE}\jalga.ico"
!define MUI_UNICON "${STAGE}\jalga.ico"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\jalga-app.exe"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; NSIS has no Kazakh catalogue; Russian is the office language next to it.
!insertmacro MUI_LANGUAGE "Russian"
!insertmacro MUI_LANGUAGE "English"

Section "Jalga" SecMain
  SectionIn RO
  SetShellVarContext current
  SetOutPath "$INSTDIR"
  File "${STAGE}\jalga-app.exe"
  File "${STAGE}\jalga.exe"
  File "${STAGE}\WebView2Loader.dll"
  File "${STAGE}\jalga.ico"
  File "${STAGE}\README.txt"
  SetOutPath "$INSTDIR\fonts"
  File "${STAGE}\fonts\OFL.txt"
  SetOutPath "$INSTDIR"

  CreateDirectory "$SMPROGRAMS\Jalga"
  CreateShortCut "$SMPROGRAMS\Jalga\Jalga.lnk" "$INSTDIR\jalga-app.exe" "" "$INSTDIR\jalga.ico" 0

  WriteUninstaller "$INSTDIR\uninstall.exe"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayName" "${NAME}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINST_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\jalga.ico"
  WriteRegStr HKCU "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINST_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoRepair" 1
  WriteRegDWORD HKCU "${UNINST_KEY}" "EstimatedSize" ${SIZE_KB}
SectionEnd

Section "Uninstall"
  SetShellVarContext current
  Delete "$INSTDIR\jalga-app.exe"
  Delete "$INSTDIR\jalga.exe"
  Delete "$INSTDIR\WebView2Loader.dll"
  Delete "$INSTDIR\jalga.ico"
  Delete "$INSTDIR\README.txt"
  Delete "$INSTDIR\fonts\OFL.txt"
  RMDir "$INSTDIR\fonts"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  Delete "$SMPROGRAMS\Jalga\Jalga.lnk"
  RMDir "$SMPROGRAMS\Jalga"
  DeleteRegKey HKCU "${UNINST_KEY}"
SectionEnd
