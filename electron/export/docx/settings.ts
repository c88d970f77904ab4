// settings.xml written whole: docx has no option for characterSpacingControl, and Chinese Word
// and WPS compress punctuation by default, which would set more than 28 characters on some lines.
// Element order follows the schema (evenAndOddHeaders, characterSpacingControl, compat).

export function settingsXml(): string {
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">',
    '<w:defaultTabStop w:val="420"/>',
    '<w:evenAndOddHeaders/>',
    '<w:characterSpacingControl w:val="doNotCompress"/>',
    '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>',
    '</w:settings>'
  ].join('')
}
