; RepDesk's Windows installer: Inno Setup 6.3 or later (Inno Setup 7 compiles it too).
;
;   iscc /DAppVersion=0.1.0 /DSourceDir=C:\path\to\dist\RepDesk packaging\windows\repdesk.iss
;
; packaging/build_app.py runs this after PyInstaller has made the onedir dist\RepDesk
; (repdesk.exe and _internal\). Every /D is optional; the defaults below are relative to this file.
; Output: dist\RepDesk-<version>-windows-x64-setup.exe.
;
; This file is UTF-8 (with a BOM, which every Inno Setup 6 reads) because of the Chinese
; messages below. tests/core/test_installer_scripts.py checks it statically: it cannot be
; compiled on the Linux machine where RepDesk is developed.

#if PREPROCVER < EncodeVer(6, 3, 0)
  #error Inno Setup 6.3 or later is needed (ArchitecturesAllowed=x64compatible is new in 6.3).
#endif

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir AddBackslash(SourcePath) + "..\..\dist\RepDesk"
#endif
#ifndef IconFile
  #define IconFile AddBackslash(SourcePath) + "..\..\build\icons\repdesk.ico"
#endif
#ifndef OutputDir
  #define OutputDir AddBackslash(SourcePath) + "..\..\dist"
#endif

#define AppName "RepDesk"
; PyInstaller's EXE(name="repdesk") in packaging/repdesk.spec; the test compares the two.
#define AppExeName "repdesk.exe"

#if !FileExists(AddBackslash(SourceDir) + AppExeName)
  #error No repdesk.exe in SourceDir: run "python packaging/build_app.py" first, or pass /DSourceDir=...
#endif
#if !FileExists(IconFile)
  #error No repdesk.ico at IconFile: packaging/build_app.py renders it into build\icons, or pass /DIconFile=...
#endif

; Chinese Simplified: Inno Setup 6 (up to 6.7) does not install ChineseSimplified.isl. In the
; Inno Setup sources it lives in Files\Languages\Unofficial, a folder the Inno Setup installer
; does not copy, so "compiler:Languages\Unofficial\..." never exists either. Inno Setup 7.0.2
; made it official and installs it as compiler:Languages\ChineseSimplified.isl (its revision
; history: "Added official Lithuanian, Simplified Chinese and Traditional Chinese translations").
; With Inno Setup 6, put the user-contributed ChineseSimplified.isl
; (https://jrsoftware.org/files/istrans/) into the compiler's Languages folder: the same path.
#if !FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
  #error Languages\ChineseSimplified.isl is missing from the Inno Setup folder: use Inno Setup 7.0.2 or later, or copy it there from https://jrsoftware.org/files/istrans/ (see packaging/windows/README.md).
#endif

[Setup]
; The AppId ties every version together: an upgrade installs over the previous one, into the
; same folder, and Windows lists one RepDesk. Never change it.
AppId={{7BB58705-FA02-426C-B9E6-8F0E821D21C9}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=RepDesk
AppCopyright=RepDesk, GPL-3.0-or-later
VersionInfoDescription={#AppName} Setup
VersionInfoProductName={#AppName}
VersionInfoTextVersion={#AppVersion}
VersionInfoProductTextVersion={#AppVersion}

; Per-user by default, no administrator needed; the dialog offers "all users" too.
; {autopf} is {localappdata}\Programs in per-user mode and Program Files in all-users mode.
; Never {localappdata}\RepDesk: that is the rep's data folder (platformdirs: repdesk.db,
; backups\, settings.json, Logs\), which no install, upgrade or uninstall may touch.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes

; 64-bit Python and Qt: x64 Windows, and Windows 11 on Arm through its x64 emulation.
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Qt 6.10 and 6.11 support Windows 10 1809 (build 17763) and later.
MinVersion=10.0.17763

; Restart Manager finds a running RepDesk (it holds repdesk.exe and the DLLs in _internal),
; and Setup offers to close it before replacing files. RepDesk keeps one window per database
; with a QLockFile and a QLocalServer, not a named mutex, so AppMutex would find nothing.
; RepDesk does not register for restart; the [Run] entry below starts it again.
CloseApplications=yes
CloseApplicationsFilter=*.exe,*.dll,*.pyd
RestartApplications=no

Uninstallable=yes
UninstallDisplayName={#AppName}
UninstallDisplayIcon={app}\{#AppExeName}
SetupIconFile={#IconFile}
SetupLogging=yes

OutputDir={#OutputDir}
OutputBaseFilename={#AppName}-{#AppVersion}-windows-x64-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"

[Messages]
; Asked before uninstalling, and said again at the end: the rep's data stays. (A message with
; an argument, %1 here, needs %% for a literal %.)
english.ConfirmUninstall=Are you sure you want to completely remove %1 and all of its components?%n%nYour database, backups and settings in %%LOCALAPPDATA%%\RepDesk are not removed.
english.UninstalledAll=%1 was successfully removed from your computer.%n%nYour database and backups were kept in %%LOCALAPPDATA%%\RepDesk.
english.UninstalledMost=%1 uninstall complete.%n%nSome elements could not be removed. These can be removed manually.%n%nYour database and backups were kept in %%LOCALAPPDATA%%\RepDesk.
chinesesimplified.ConfirmUninstall=您确认要完全移除 %1 及其所有组件吗？%n%n您在 %%LOCALAPPDATA%%\RepDesk 中的数据库、备份和设置不会被删除。
chinesesimplified.UninstalledAll=已顺利从您的计算机中移除 %1。%n%n您的数据库和备份仍保存在 %%LOCALAPPDATA%%\RepDesk。
chinesesimplified.UninstalledMost=%1 卸载完成。%n%n有部分内容未能被删除，但您可以手动删除它们。%n%n您的数据库和备份仍保存在 %%LOCALAPPDATA%%\RepDesk。

[CustomMessages]
english.DataFolderNotForProgram=RepDesk keeps the rep's database in this folder. Please choose another folder for the program, for example the one suggested.
chinesesimplified.DataFolderNotForProgram=RepDesk 的数据库保存在此文件夹中。请为程序选择其他文件夹，例如建议的默认位置。

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade first removes the previous version's _internal folder, so no module, DLL or Qt
; plugin of the old version lingers beside the new ones. _internal is PyInstaller's program
; folder inside {app}: only program files, never the rep's data, which lives elsewhere.
Type: filesandordirs; Name: "{app}\_internal"
; Nothing else is deleted, here or in an [UninstallDelete] section (there is none on purpose):
; the database, its backups, settings.json and the logs in %LOCALAPPDATA%\RepDesk belong to
; the rep and survive every upgrade and uninstall. The uninstaller removes only the files it
; installed.

[Files]
; The whole PyInstaller onedir: repdesk.exe and everything under _internal\.
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExeName}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
{ A rep who browses to the data folder itself is stopped: the program has its own folder. }
function NextButtonClick(CurPageID: Integer): Boolean;
begin
  Result := True;
  if (CurPageID = wpSelectDir) and
     (CompareText(RemoveBackslash(WizardDirValue), ExpandConstant('{localappdata}\RepDesk')) = 0) then
  begin
    MsgBox(CustomMessage('DataFolderNotForProgram'), mbError, MB_OK);
    Result := False;
  end;
end;
