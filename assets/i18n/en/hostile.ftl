# Jalga — messages about hostile or oversized input, in English.

hostile-too-large = { $path }: the file is { $size } MB, more than the { $max } MB Jalga reads; it was not opened
hostile-inflated = { $path }: the contents unpack to more than { $max } MB, more than Jalga reads; nothing was imported
hostile-too-deep = The JSON is nested more than { $max } levels deep; a Jalga file never is, so it was not read
hostile-unsafe-path = { $path }: the output path climbs out of its folder with “..”; give the folder itself
hostile-unsafe-name = “{ $name }” cannot be a file name: it holds a folder separator or “..”; rename the record
