"""Files in and out: CSV, XLSX and vCard readers and writers for customer import and export."""
