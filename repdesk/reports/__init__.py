"""Report builders, printable forms and file formats: below the GUI, above the services."""
