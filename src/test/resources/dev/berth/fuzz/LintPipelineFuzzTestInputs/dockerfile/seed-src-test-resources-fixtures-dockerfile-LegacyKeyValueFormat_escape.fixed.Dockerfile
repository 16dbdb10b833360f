# escape=`
FROM mcr.microsoft.com/windows/servercore:ltsc2022
# With the backtick escape, backslashes are literal; the file keeps its CRLF line endings.
# expect: LegacyKeyValueFormat @+0:5 "write ENV APPDIR="
ENV APPDIR="C:\Program Files\app"
# expect: LegacyKeyValueFormat @+0:5
ENV TICK="a`$b c"
