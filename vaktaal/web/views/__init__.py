"""The pages, one module per role (``coach``, ``employer``, ``reviewer``, ``accounts``) plus the
shared ones (``common``). Every view asks ``permissions`` before it reads or writes anything."""
