"""``python -m repdesk``: the same entry point as the ``repdesk`` command."""

from repdesk.app import main

raise SystemExit(main())
