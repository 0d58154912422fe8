class R {
    // @start region="open"
    int x = 1;
}
